package tw.mainstream.meeting.domain;

/** 出席, 請假, 代理出席, 缺席, and 未登記 (not yet taken: the default of a new sign-in sheet). */
public enum AttendanceStatus {
    UNRECORDED, PRESENT, EXCUSED, PROXY, ABSENT;

    /** Counts toward the quorum: in person or by an allowed proxy. */
    public boolean counts() {
        return this == PRESENT || this == PROXY;
    }

    /** Named among those attending in the minutes: present, excused or by proxy. */
    public boolean listedAsAttending() {
        return this == PRESENT || this == EXCUSED || this == PROXY;
    }
}
