package tw.mainstream.search;

import java.util.stream.Stream;

/**
 * A module's searchable records, implemented by each content module (meetings, tracking,
 * committee, statistics) as a bean. The indexer calls {@link #all()} to rebuild the index and
 * {@link #update} whenever one of the module's records was committed.
 */
public interface SearchSource {

    /** Whether a change of this entity class concerns this source. */
    boolean handles(Class<?> entityType);

    /** What to write to or remove from the index after the record {@code id} changed. */
    SearchUpdate update(Class<?> entityType, Object id, boolean deleted);

    /** Every searchable record; called inside a read-only transaction. */
    Stream<SearchDocument> all();

    /** How many records {@link #all()} yields, for progress; -1 when unknown. */
    long count();
}
