package tw.mainstream.meeting;

/** 洽悉, 照案通過, 修正通過, 解除列管, 繼續列管, other. */
public enum ResolutionOutcome {
    NOTED, ADOPTED, AMENDED, CLOSED, CONTINUED, OTHER;

    /** Outcomes that leave nothing to follow up at the next meeting. */
    public boolean isFinal() {
        return this == NOTED || this == CLOSED;
    }

    /** A meeting's decision on a tracked item: 解除列管 or 繼續列管. */
    public boolean isTrackingDecision() {
        return this == CLOSED || this == CONTINUED;
    }
}
