package tw.mainstream.tracking.domain;

/** The meeting's decision on an item: 解除列管 / 繼續列管. */
public enum DecisionKind {
    CLOSE, CONTINUE
}
