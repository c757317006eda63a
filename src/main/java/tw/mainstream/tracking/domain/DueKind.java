package tw.mainstream.tracking.domain;

/** A tracked item is due on a date, or at the task force's next meeting (於下次會議報告). */
public enum DueKind {
    DATE, NEXT_MEETING
}
