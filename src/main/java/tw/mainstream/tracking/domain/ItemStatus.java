package tw.mainstream.tracking.domain;

/** OPEN while tracked; CLOSED only by a meeting's decision (解除列管). */
public enum ItemStatus {
    OPEN, CLOSED;

    public boolean isOpen() {
        return this == OPEN;
    }

    public boolean isClosed() {
        return this == CLOSED;
    }
}
