package tw.mainstream.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * The open tracked items of a task force, which the tracking module owns and implements as a bean:
 * the agenda's follow-up section is generated from them (one entry or table row per item). Without
 * a bean the follow-up section starts empty.
 */
public interface OpenTrackedItems {

    /** Items opened before {@code meetingDate} and still open, oldest first. */
    List<OpenTrackedItem> openBefore(Long taskForceId, LocalDate meetingDate);
}
