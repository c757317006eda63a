package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/** A member's comment on circulated draft minutes, and the secretariat's answer. */
@Entity
@Table(name = "meeting_minutes_comment")
@Audited
public class MinutesComment extends BaseEntity {

    private Long minutesId;
    private int revision;
    private Long agendaItemId;
    private String authorUsername;
    private String authorName;
    private String text;
    private Instant createdAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;

    protected MinutesComment() {
    }

    public MinutesComment(Long minutesId, int revision, Long agendaItemId, String authorUsername, String authorName,
                          String text, Instant createdAt) {
        this.minutesId = minutesId;
        this.revision = revision;
        this.agendaItemId = agendaItemId;
        this.authorUsername = authorUsername;
        this.authorName = authorName;
        this.text = text;
        this.createdAt = createdAt;
    }

    public void answer(String answer, String by, Instant at) {
        this.answer = answer;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    public Long getMinutesId() { return minutesId; }
    public int getRevision() { return revision; }
    public Long getAgendaItemId() { return agendaItemId; }
    public String getAuthorUsername() { return authorUsername; }
    public String getAuthorName() { return authorName; }
    public String getText() { return text; }
    public Instant getCreatedAt() { return createdAt; }
    public String getAnswer() { return answer; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getAnsweredAt() { return answeredAt; }
}
