package tw.mainstream.meeting.domain;

/** A unit's proposal (提案) as the secretariat handles it. */
public enum ProposalStatus {
    SUBMITTED, ACCEPTED, REJECTED;

    public boolean isSubmitted() {
        return this == SUBMITTED;
    }
}
