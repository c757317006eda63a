package tw.mainstream.meeting;

/** 出席, 請假, 代理出席, 缺席. */
public enum AttendanceStatus {
    PRESENT, EXCUSED, PROXY, ABSENT;

    /** Counts toward the quorum: in person or by an allowed proxy. */
    public boolean counts() {
        return this == PRESENT || this == PROXY;
    }
}
