package tw.mainstream.search.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.engine.SearchFilters;
import tw.mainstream.search.engine.SearchQuery;
import tw.mainstream.search.engine.SearchScope;
import tw.mainstream.search.engine.SearchSort;

/**
 * One benchmark query, as a {@link SearchQuery} for the index and as the equivalent SQL scan
 * ({@code ILIKE '%…%'} per term) over the same rows: same scope, filters and page size.
 */
record BenchQuery(String label, String text, List<String> include, List<String> exclude, SearchScope scope,
        SearchFilters filters, SearchSort sort) {

    /** The pages' size, as the users see it. */
    static final int PAGE_SIZE = SearchQuery.DEFAULT_SIZE;
    static final SearchScope READER = SearchScope.agencies(Set.of(1L, 2L, 3L));
    static final SearchScope LIAISON = SearchScope.unit(Set.of(5L), 503L);

    SearchQuery searchQuery() {
        return new SearchQuery(text, filters, sort, 1, PAGE_SIZE);
    }

    /** SQL with one parameter per included then excluded term: {@code %term%}. */
    String sql() {
        boolean pub = scope.publicReader();
        String title = pub ? "public_title" : "title";
        String body = pub ? "public_body" : "body";
        List<String> where = new ArrayList<>();
        if (pub) {
            where.add("published and public_title is not null");
        } else {
            where.add("agency_id in (" + join(scope.agencyIds()) + ")");
            if (scope.unitId() != null) {
                where.add("(kind not in ('PROGRESS_REPORT','DATA_CALL_ANSWER') or unit_id = " + scope.unitId() + ")");
            }
        }
        if (filters.rocYear() != null) {
            where.add("roc_year = " + filters.rocYear());
        }
        if (filters.kind() != null) {
            where.add("kind = '" + filters.kind().name() + "'");
        }
        if (filters.trackingStatus() != null) {
            where.add("tracking_status = '" + filters.trackingStatus().name() + "'");
        }
        include.forEach(t -> where.add("(" + title + " ilike ? or " + body + " ilike ?)"));
        exclude.forEach(t -> where.add("not (" + title + " ilike ? or " + body + " ilike ?)"));
        return "select id, " + title + ", doc_date, count(*) over () as total from bench_search_doc where "
                + String.join(" and ", where) + " order by doc_date desc limit " + PAGE_SIZE;
    }

    List<String> sqlParameters() {
        List<String> params = new ArrayList<>();
        for (String t : include) {
            params.add("%" + t + "%");
            params.add("%" + t + "%");
        }
        for (String t : exclude) {
            params.add("%" + t + "%");
            params.add("%" + t + "%");
        }
        return params;
    }

    private static String join(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<BenchQuery> fixedSet() {
        SearchFilters none = SearchFilters.NONE;
        SearchSort rel = SearchSort.RELEVANCE;
        SearchSort date = SearchSort.DATE;
        return List.of(
                q("同性婚姻", List.of("同性婚姻"), List.of(), READER, none, rel),
                q("列管", List.of("列管"), List.of(), READER, none, rel),
                q("解除列管", List.of("解除列管"), List.of(), READER, none, date),
                q("性別預算", List.of("性別預算"), List.of(), SearchScope.PUBLIC, none, rel),
                q("性別統計", List.of("性別統計"), List.of(), READER, none, date),
                q("托育", List.of("托育"), List.of(), SearchScope.PUBLIC, none, rel),
                q("育嬰留職停薪", List.of("育嬰留職停薪"), List.of(), READER, none, rel),
                q("失聯移工安置", List.of("失聯移工安置"), List.of(), READER, none, rel),
                q("同性伴侶註記", List.of("同性伴侶註記"), List.of(), SearchScope.PUBLIC, none, date),
                q("移民資訊組", List.of("移民資訊組"), List.of(), READER, none, rel),
                q("性別影響評估", List.of("性別影響評估"), List.of(), LIAISON, none, rel),
                q("管", List.of("管"), List.of(), READER, none, rel),
                q("性別預算 執行率", List.of("性別預算", "執行率"), List.of(), READER, none, rel),
                q("秘書室 性別", List.of("秘書室", "性別"), List.of(), READER, none, date),
                q("家庭暴力防治 -托育", List.of("家庭暴力防治"), List.of("托育"), READER, none, rel),
                q("性騷擾防治", List.of("性騷擾防治"), List.of(), READER, none.withRocYear(112), rel),
                q("性別意識培力", List.of("性別意識培力"), List.of(), LIAISON, none, date),
                q("新住民", List.of("新住民"), List.of(), SearchScope.PUBLIC, none, rel),
                q("繼續列管", List.of("繼續列管"), List.of(), READER,
                        none.withKind(DocumentKind.TRACKED_ITEM), rel),
                q("\"人事室 性別平等\"", List.of("人事室 性別平等"), List.of(), READER, none, date),
                q("陳怡敏", List.of("陳怡敏"), List.of(), SearchScope.PUBLIC, none, rel));
    }

    private static BenchQuery q(String text, List<String> include, List<String> exclude, SearchScope scope,
            SearchFilters filters, SearchSort sort) {
        String who = scope.publicReader() ? "public" : scope.unitId() != null ? "liaison" : "reader";
        return new BenchQuery(text + " [" + who + "," + sort.name().toLowerCase() + "]", text, include, exclude, scope,
                filters, sort);
    }
}
