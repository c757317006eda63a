package tw.mainstream.search;

import java.util.List;

/** Documents to write (added or replaced by id) and ids to remove after a change. */
public record SearchUpdate(List<SearchDocument> upserts, List<String> deletes) {

    public static final SearchUpdate NONE = new SearchUpdate(List.of(), List.of());

    public SearchUpdate {
        upserts = List.copyOf(upserts);
        deletes = List.copyOf(deletes);
    }

    public static SearchUpdate upsert(SearchDocument document) {
        return new SearchUpdate(List.of(document), List.of());
    }

    public static SearchUpdate delete(String id) {
        return new SearchUpdate(List.of(), List.of(id));
    }
}
