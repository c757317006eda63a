package tw.mainstream.tracking.domain;

import java.time.LocalDate;
import java.util.Set;

/** What opening a tracked item needs, from a page, the API or a resolution of the meeting module. */
public record OpenItemCommand(Long taskForceId, String content, Long leadUnitId, Set<Long> supportingUnitIds,
                              DueKind dueKind, LocalDate dueDate, Origin origin) {
}
