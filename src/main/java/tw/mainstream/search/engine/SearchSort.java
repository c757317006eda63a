package tw.mainstream.search.engine;

/** Order of search results. */
public enum SearchSort {
    /** Best match first. */
    RELEVANCE,
    /** Newest first. */
    DATE
}
