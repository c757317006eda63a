package tw.mainstream.search;

/** Tracking state of a tracked item (列管中 / 解除列管) as the search index sees it. */
public enum TrackingStatus {
    OPEN,
    CLOSED
}
