package tw.mainstream.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * The minutes of a meeting were confirmed: its resolutions are final. Published inside the
 * confirming transaction, so that what listeners derive (tracked items, decisions) commits or
 * fails together with the confirmation.
 */
public record MinutesConfirmed(Long meetingId, Long taskForceId, LocalDate meetingDate, String meetingLabel,
                               String actor, List<ConfirmedResolution> resolutions) {

    /**
     * One resolution with its item: {@code originResolutionId} is set on follow-up items and names
     * the earlier resolution they decide on; {@code unitId} is the item's reporting unit.
     */
    public record ConfirmedResolution(Long resolutionId, Long agendaItemId, AgendaItemKind itemKind, String itemSubject,
                                      Long originResolutionId, Long unitId, ResolutionOutcome outcome, String text,
                                      Long leadUnitId) {
    }
}
