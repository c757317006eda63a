package tw.mainstream.meeting.domain;

/**
 * The approval state of the minutes, with the agency's public-name policy that the public version
 * follows (maskMembers … maskStyle: read from the agency, not kept per minutes).
 */
public record MinutesStateView(Long id, MinutesStatus status, int revision, String revisionReason, java.time.Instant circulatedAt, java.time.LocalDate commentDeadline, java.time.Instant confirmedAt, String confirmedBy, java.time.Instant publishedAt, boolean maskMembers, boolean maskStaff, boolean maskPrivate, String maskStyle, long version) {
}
