package tw.mainstream.search.engine;

/**
 * What a reader asked for. Out-of-range paging is clamped rather than rejected, so any input
 * a user can type yields a page of results.
 *
 * @param text  free text: whitespace-separated terms are ANDed, each Chinese term is matched as
 *              a phrase, "quoted phrases" (also 「」 and “”) keep their spaces, -term excludes;
 *              blank lists everything in scope, newest first
 * @param page  1-based
 * @param size  results per page, 1 to {@link #MAX_SIZE}
 */
public record SearchQuery(String text, SearchFilters filters, SearchSort sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 10;
    /** Deepest result reachable by paging. */
    public static final int MAX_WINDOW = 10_000;
    /** Longer text is cut; nobody types more into a search box. */
    public static final int MAX_TEXT_LENGTH = 200;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            text = text.substring(0, MAX_TEXT_LENGTH);
        }
        filters = filters == null ? SearchFilters.NONE : filters;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        size = Math.max(1, Math.min(MAX_SIZE, size));
        page = Math.max(1, Math.min(page, MAX_WINDOW / size));
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, SearchFilters.NONE, SearchSort.RELEVANCE, 1, DEFAULT_SIZE);
    }

    public SearchQuery withFilters(SearchFilters value) {
        return new SearchQuery(text, value, sort, page, size);
    }

    public SearchQuery withSort(SearchSort value) {
        return new SearchQuery(text, filters, value, page, size);
    }

    public SearchQuery withPage(int value, int pageSize) {
        return new SearchQuery(text, filters, sort, value, pageSize);
    }

    int offset() {
        return (page - 1) * size;
    }
}
