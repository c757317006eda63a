package tw.mainstream.tracking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A tracked item as pages and the API show it, with its units' names. */
public record TrackedItemView(Long id, long version, Long agencyId, Long taskForceId, String content, Long leadUnitId,
                              String leadUnit, Set<Long> supportingUnitIds, List<String> supportingUnits,
                              DueKind dueKind, LocalDate dueDate, Long originMeetingId, Long originAgendaItemId,
                              Long originResolutionId, String originLabel, LocalDate originDate, String remarks,
                              ItemStatus status, int round, LocalDate closedOn, String closedMeetingLabel) {
}
