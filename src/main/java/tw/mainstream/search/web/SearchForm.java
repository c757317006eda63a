package tw.mainstream.search.web;

import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.engine.SearchFilters;
import tw.mainstream.search.engine.SearchQuery;
import tw.mainstream.search.engine.SearchSort;
import tw.mainstream.search.TrackingStatus;

/**
 * The search box and its filters, as bound from the query string (anything typed is accepted).
 * {@code size} (hits per page, 1 to 100, default 10) is for API clients; the pages use the default.
 */
public record SearchForm(String q, Long agency, Long taskForce, Integer year, Long unit, DocumentKind kind,
                         TrackingStatus status, SearchSort sort, Integer page, Integer size) {

    SearchQuery toQuery() {
        SearchFilters filters = new SearchFilters(agency, taskForce, year, unit, kind, status);
        return new SearchQuery(q, filters, sort, page == null ? 1 : page, size == null ? SearchQuery.DEFAULT_SIZE : size);
    }

    boolean isEmpty() {
        return (q == null || q.isBlank()) && kind == null && year == null && status == null && unit == null
                && agency == null && taskForce == null;
    }
}
