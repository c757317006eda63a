package tw.mainstream.meeting;

import java.util.Map;
import java.util.Set;

/**
 * The life of a meeting: planned → notice sent → held → minutes draft → circulated → confirmed →
 * published; a meeting not yet held may be postponed (and planned again) or cancelled.
 */
public enum MeetingStatus {
    PLANNED, NOTICE_SENT, HELD, MINUTES_DRAFT, CIRCULATED, CONFIRMED, PUBLISHED, POSTPONED, CANCELLED;

    private static final Map<MeetingStatus, Set<MeetingStatus>> NEXT = Map.of(
            PLANNED, Set.of(NOTICE_SENT, HELD, POSTPONED, CANCELLED),
            NOTICE_SENT, Set.of(NOTICE_SENT, HELD, POSTPONED, CANCELLED),
            HELD, Set.of(MINUTES_DRAFT),
            MINUTES_DRAFT, Set.of(CIRCULATED, CONFIRMED),
            CIRCULATED, Set.of(MINUTES_DRAFT, CONFIRMED),
            CONFIRMED, Set.of(PUBLISHED, MINUTES_DRAFT),
            PUBLISHED, Set.of(MINUTES_DRAFT),
            POSTPONED, Set.of(PLANNED, CANCELLED),
            CANCELLED, Set.of());

    public boolean canMoveTo(MeetingStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** Before the meeting is held: the agenda and the notice may still change. */
    public boolean isBeforeMeeting() {
        return this == PLANNED || this == NOTICE_SENT || this == POSTPONED;
    }

    /** Minutes text may be edited (by the secretariat) only in these states. */
    public boolean minutesEditable() {
        return this == PLANNED || this == NOTICE_SENT || this == HELD || this == MINUTES_DRAFT || this == CIRCULATED;
    }
}
