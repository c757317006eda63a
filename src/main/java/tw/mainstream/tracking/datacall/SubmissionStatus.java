package tw.mainstream.tracking.datacall;

/**
 * NOT_STARTED → DRAFT → SUBMITTED → ACCEPTED, or SUBMITTED → RETURNED → (DRAFT) → SUBMITTED.
 * LATE is not stored: it is how an unfinished submission shows once the deadline has passed.
 */
public enum SubmissionStatus {
    NOT_STARTED, DRAFT, SUBMITTED, RETURNED, ACCEPTED, LATE;

    public boolean isSubmitted() {
        return this == SUBMITTED;
    }

    public boolean editable() {
        return this == NOT_STARTED || this == DRAFT || this == RETURNED;
    }
}
