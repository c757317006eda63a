package tw.mainstream.meeting.domain;

/** Whose name it is, for the masking policy of the public minutes. */
public enum NameCategory {
    MEMBER_OFFICIAL, STAFF, PRIVATE;
}
