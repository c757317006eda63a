package tw.mainstream.tracking.domain;

/** A step in an item's timeline. */
public enum EventKind {
    OPENED, REPORT_SUBMITTED, REPORT_RETURNED, REPORT_ACCEPTED, DECIDED_CLOSE, DECIDED_CONTINUE, REMARK
}
