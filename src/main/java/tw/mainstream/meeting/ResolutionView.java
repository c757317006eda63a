package tw.mainstream.meeting;


/** A resolution; {@code quorumMet} false means it was recorded without quorum and is shown flagged. */
public record ResolutionView(Long id, Long meetingId, Long agendaItemId, String itemSubject, ResolutionKind kind, ResolutionOutcome outcome, String text, boolean quorumMet, int presentCount, int requiredCount, Long leadUnitId, boolean reportNextMeeting, long version) {
}
