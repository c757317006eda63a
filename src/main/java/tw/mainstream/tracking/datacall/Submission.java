package tw.mainstream.tracking.datacall;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.shared.domain.DomainException;

/**
 * One recipient's answer to a data call: a unit of the sending agency, or (unit null) a
 * sub-agency as a whole. Every change is kept by Envers.
 */
@Entity
@Table(name = "tracking_submission")
@Audited
public class Submission extends BaseEntity {

    private Long callId;
    private Long agencyId;
    private Long unitId;
    /** The recipient as a key that is never NULL (0: the agency as a whole), for the unique constraint. */
    @NotAudited
    private long unitKey;
    @Enumerated(EnumType.STRING)
    private SubmissionStatus status = SubmissionStatus.NOT_STARTED;
    private String answer;
    private String secretariatComment;
    private Instant submittedAt;
    private Instant updatedAt;

    protected Submission() {
    }

    public Submission(Long callId, Long agencyId, Long unitId, Instant now) {
        this.callId = callId;
        this.agencyId = agencyId;
        this.unitId = unitId;
        this.unitKey = unitId == null ? 0 : unitId;
        this.updatedAt = now;
    }

    public void write(String answerJson, boolean submit, Instant now) {
        if (!status.editable()) {
            throw DomainException.invalid("tracking.dataCall.error.locked");
        }
        this.answer = answerJson;
        this.status = submit ? SubmissionStatus.SUBMITTED : SubmissionStatus.DRAFT;
        this.updatedAt = now;
        if (submit) {
            this.submittedAt = now;
        }
    }

    public void accept(Instant now) {
        requireSubmitted();
        status = SubmissionStatus.ACCEPTED;
        updatedAt = now;
    }

    public void returnWith(String comment, Instant now) {
        requireSubmitted();
        if (comment == null || comment.isBlank()) {
            throw DomainException.invalid("tracking.error.commentRequired");
        }
        status = SubmissionStatus.RETURNED;
        secretariatComment = comment.strip();
        updatedAt = now;
    }

    private void requireSubmitted() {
        if (status != SubmissionStatus.SUBMITTED) {
            throw DomainException.invalid("tracking.dataCall.error.notSubmitted");
        }
    }

    /** The status as shown: unfinished after the deadline reads LATE. */
    public SubmissionStatus shownStatus(LocalDate deadline, LocalDate today) {
        return status.editable() && today.isAfter(deadline) ? SubmissionStatus.LATE : status;
    }

    public Long getCallId() { return callId; }
    public Long getAgencyId() { return agencyId; }
    public Long getUnitId() { return unitId; }
    public SubmissionStatus getStatus() { return status; }
    public String getAnswer() { return answer; }
    public String getSecretariatComment() { return secretariatComment; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
