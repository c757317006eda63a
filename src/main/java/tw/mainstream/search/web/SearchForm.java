package tw.mainstream.search.web;

import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.SearchFilters;
import tw.mainstream.search.SearchQuery;
import tw.mainstream.search.SearchSort;
import tw.mainstream.search.TrackingStatus;

/** The search box and its filters, as bound from the query string (anything typed is accepted). */
public record SearchForm(String q, Long agency, Long taskForce, Integer year, Long unit, DocumentKind kind,
                         TrackingStatus status, SearchSort sort, Integer page) {

    SearchQuery toQuery() {
        SearchFilters filters = new SearchFilters(agency, taskForce, year, unit, kind, status);
        return new SearchQuery(q, filters, sort, page == null ? 1 : page, SearchQuery.DEFAULT_SIZE);
    }

    boolean isEmpty() {
        return (q == null || q.isBlank()) && kind == null && year == null && status == null && unit == null
                && agency == null && taskForce == null;
    }
}
