package tw.mainstream.tracking.domain;

/** What a unit proposes in its report: 建議解除列管 / 建議繼續列管. */
public enum TrackingProposal {
    PROPOSE_CLOSE, PROPOSE_CONTINUE;

    public boolean isClose() {
        return this == PROPOSE_CLOSE;
    }
}
