package tw.mainstream.meeting;

/** The approval state of the minutes. */
public record MinutesStateView(Long id, MinutesStatus status, int revision, String revisionReason, java.time.Instant circulatedAt, java.time.LocalDate commentDeadline, java.time.Instant confirmedAt, String confirmedBy, java.time.Instant publishedAt, boolean maskMembers, boolean maskStaff, boolean maskPrivate, String maskStyle, long version) {

    /** Whether the public version masks names in {@code style} (for the style picker). */
    public boolean masksWith(tw.mainstream.shared.text.NameMasking.Style style) {
        return style.name().equals(maskStyle);
    }
}
