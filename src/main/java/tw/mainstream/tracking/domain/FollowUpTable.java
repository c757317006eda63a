package tw.mainstream.tracking.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up table (決議列管事項執行情形) of one meeting: the configured columns, and one row per
 * item with its cells in the same order. {@code decided} is the decision taken at this meeting.
 */
public record FollowUpTable(Long taskForceId, LocalDate meetingDate, List<FollowUpColumn> columns, List<Row> rows,
                            int total, int page, int pages) {
    /** Rows per page on screen; the printable version and other modules get every row. */
    public static final int PAGE_SIZE = 50;


    public record Row(Long itemId, long itemVersion, boolean closed, DecisionKind decided,
                      TrackingProposal proposal, List<String> cells) {
    }
}
