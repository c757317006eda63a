package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.shared.domain.DomainException;

/**
 * The approval state of a meeting's minutes: draft → circulated (members comment) → confirmed
 * (locked) → published (public version, names masked by the agency's public-name policy). A correction after
 * confirmation opens a new revision with a reason; the confirmed text of each revision is kept.
 */
@Entity
@Table(name = "meeting_minutes")
@Audited
public class Minutes extends BaseEntity {

    private Long meetingId;
    @Enumerated(EnumType.STRING)
    private MinutesStatus status = MinutesStatus.DRAFT;
    private int revision = 1;
    private String revisionReason;
    private Instant circulatedAt;
    private LocalDate commentDeadline;
    private Instant confirmedAt;
    private String confirmedBy;
    private Instant publishedAt;

    protected Minutes() {
    }

    public Minutes(Long meetingId) {
        this.meetingId = meetingId;
    }

    public void circulate(Instant at, LocalDate deadline) {
        require(status == MinutesStatus.DRAFT, "meeting.error.minutes.notDraft");
        this.status = MinutesStatus.CIRCULATED;
        this.circulatedAt = at;
        this.commentDeadline = deadline;
    }

    public void confirm(Instant at, String by) {
        require(status == MinutesStatus.DRAFT || status == MinutesStatus.CIRCULATED, "meeting.error.minutes.notOpen");
        this.status = MinutesStatus.CONFIRMED;
        this.confirmedAt = at;
        this.confirmedBy = by;
    }

    public void publish(Instant at) {
        require(status == MinutesStatus.CONFIRMED, "meeting.error.minutes.notConfirmed");
        this.status = MinutesStatus.PUBLISHED;
        this.publishedAt = at;
    }

    /** A correction of confirmed minutes: a new revision, back to draft, with the reason kept. */
    public void reviseWith(String reason) {
        require(status == MinutesStatus.CONFIRMED || status == MinutesStatus.PUBLISHED,
                "meeting.error.minutes.notConfirmed");
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("meeting.error.reasonRequired");
        }
        this.revision++;
        this.revisionReason = reason.strip();
        this.status = MinutesStatus.DRAFT;
        this.confirmedAt = null;
        this.confirmedBy = null;
        this.publishedAt = null;
        this.circulatedAt = null;
    }

    private static void require(boolean ok, String key) {
        if (!ok) {
            throw new DomainException(key, 409);
        }
    }

    public Long getMeetingId() { return meetingId; }
    public MinutesStatus getStatus() { return status; }
    public int getRevision() { return revision; }
    public String getRevisionReason() { return revisionReason; }
    public Instant getCirculatedAt() { return circulatedAt; }
    public LocalDate getCommentDeadline() { return commentDeadline; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getPublishedAt() { return publishedAt; }
}
