package tw.mainstream.search;

import java.util.List;

/** One page of results, with the number of all matching records in the reader's scope. */
public record SearchResults(long totalHits, int page, int size, List<SearchHit> items) {

    public SearchResults {
        items = List.copyOf(items);
    }

    public int totalPages() {
        long reachable = Math.min(totalHits, SearchQuery.MAX_WINDOW);
        return (int) ((reachable + size - 1) / size);
    }
}
