package tw.mainstream.tracking.domain;

import java.time.LocalDate;

/** A meeting's decision on a tracked item (解除列管 / 繼續列管). */
public record TrackingDecisionView(Long id, Long meetingId, LocalDate meetingDate, String meetingLabel,
                                   DecisionKind kind, String remarks, String newInstructions) {
}
