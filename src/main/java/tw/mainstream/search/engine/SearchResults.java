package tw.mainstream.search.engine;

import java.util.List;

/**
 * One page of results.
 *
 * @param totalHits  matching records in the reader's scope: exact when {@code totalExact}, else a
 *                   lower bound ({@link SearchService#EXACT_TOTAL_UP_TO}; show "1,000 筆以上")
 */
public record SearchResults(long totalHits, boolean totalExact, int page, int size, List<SearchHit> items) {

    public SearchResults {
        items = List.copyOf(items);
    }

    /** Pages reachable from the first one (an estimate when the total is a lower bound). */
    public int totalPages() {
        long reachable = Math.min(totalHits, SearchQuery.MAX_WINDOW);
        return (int) ((reachable + size - 1) / size);
    }
}
