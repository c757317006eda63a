package tw.mainstream.meeting;

import java.time.LocalDate;

/**
 * A tracked item still open when a meeting is scheduled, as the agenda's follow-up needs it: where it
 * came from (the agenda item and resolution that opened it, or a label for a higher body), what it
 * asks, its lead unit, the units' latest accepted progress (辦理情形) and the remarks so far (備註).
 */
public record OpenTrackedItem(Long id, LocalDate originDate, Long originAgendaItemId, Long originResolutionId,
                              String originLabel, String content, Long leadUnitId, String progress, String note) {
}
