package tw.mainstream.shared.domain;

/**
 * A record was inserted, updated or deleted, and the transaction committed. Published for every
 * entity so that read models (the search index) can follow the database without each module
 * having to remember to announce its changes.
 */
public record EntityChanged(Class<?> type, Object id, boolean deleted) {
}
