package tw.mainstream.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * The minutes of a meeting were confirmed: its resolutions are final. Published inside the
 * confirming transaction, so that what listeners derive (tracked items, decisions) commits or
 * fails together with the confirmation.
 *
 * @param actor       the display name of who confirmed them, as the tracked items' history shows it
 * @param resolutions every resolution of the minutes with its item
 * @param decisions   the meeting's decision on each tracked item its follow-up section reported on
 */
public record MinutesConfirmed(Long meetingId, Long taskForceId, LocalDate meetingDate, String meetingLabel,
                               String actor, List<ConfirmedResolution> resolutions, List<FollowUpDecision> decisions) {

    public MinutesConfirmed {
        resolutions = List.copyOf(resolutions);
        decisions = List.copyOf(decisions);
    }

    /**
     * One resolution with its item: {@code trackedItemId} is set on a follow-up entry's resolution (it
     * decides that item, see {@link FollowUpDecision}); {@code unitId} is the item's reporting unit.
     */
    public record ConfirmedResolution(Long resolutionId, Long agendaItemId, AgendaItemKind itemKind, String itemSubject,
                                      Long originResolutionId, Long trackedItemId, Long unitId,
                                      ResolutionOutcome outcome, String text, Long leadUnitId) {
    }

    /**
     * The meeting's outcome on a tracked item: {@code close} for 解除列管, otherwise 繼續列管 with the
     * meeting's new instructions; {@code remarks} is what the entry noted (備註 or the resolution's text).
     */
    public record FollowUpDecision(Long trackedItemId, Long agendaItemId, boolean close, String remarks,
                                   String instructions) {
    }
}
