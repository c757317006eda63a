package tw.mainstream.meeting.domain;

import java.util.List;

/** A member's comment on draft minutes and the secretariat's answer. */
public record CommentView(Long id, int revision, Long agendaItemId, String authorName, String text, java.time.Instant createdAt, String answer, String answeredBy, java.time.Instant answeredAt, long version) {
}
