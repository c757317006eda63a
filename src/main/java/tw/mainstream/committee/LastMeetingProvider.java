package tw.mainstream.committee;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Tells the compliance report when the task force last met, on or before a date. The meeting
 * module implements it as a bean; without one, the report says no meeting is recorded.
 */
public interface LastMeetingProvider {
    Optional<LocalDate> lastMeeting(Long taskForceId, LocalDate onOrBefore);
}
