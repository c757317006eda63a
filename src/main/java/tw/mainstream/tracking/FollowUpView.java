package tw.mainstream.tracking;

import java.time.LocalDate;
import java.util.List;

/**
 * A follow-up table for other modules: the column headers in the task force's order and one row of
 * text cells per item; {@code closedHere} is true/false when the meeting decided 解除/繼續列管.
 */
public record FollowUpView(Long taskForceId, LocalDate meetingDate, List<String> headers, List<Row> rows) {
    public record Row(Long itemId, boolean closed, Boolean closedHere, List<String> cells) {
    }
}
