package tw.mainstream.meeting;

/** 定期會議 or 臨時會議. */
public enum MeetingKind {
    REGULAR, EXTRAORDINARY;
}
