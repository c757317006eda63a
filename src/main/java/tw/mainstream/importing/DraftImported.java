package tw.mainstream.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * A draft of past minutes was saved as a held meeting with confirmed minutes. Published inside the
 * saving transaction, so that what listeners derive (the tracked items of the follow-up table's open
 * rows) commits or fails together with the meeting.
 *
 * @param openRows rows of the minutes' follow-up tables not marked 解列 that name a unit of the agency:
 *                 work still open when the meeting was held
 */
public record DraftImported(Long draftId, Long meetingId, Long taskForceId, LocalDate meetingDate, String actor,
                            List<OpenRow> openRows) {

    public DraftImported {
        openRows = List.copyOf(openRows);
    }

    /** An open row: the date of the meeting that opened it (the row's own, else the meeting's), its text and unit. */
    public record OpenRow(LocalDate openedOn, String content, Long unitId) {
    }
}
