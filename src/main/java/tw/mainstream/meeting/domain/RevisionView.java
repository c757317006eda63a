package tw.mainstream.meeting.domain;

import java.util.List;

/** A confirmed revision of the minutes, kept readable. */
public record RevisionView(int revision, String reason, java.time.Instant confirmedAt, String confirmedBy, String html) {
}
