package tw.mainstream.shared.cluster;

/**
 * The change log no longer holds every change after a reader's remembered position (it was pruned
 * while the node was down): durable readers rebuild from the database.
 */
public record ChangeLogLost(long position, long oldest) {
}
