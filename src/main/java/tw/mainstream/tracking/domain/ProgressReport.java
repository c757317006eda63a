package tw.mainstream.tracking.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.shared.domain.DomainException;

/** A unit's progress report (執行情形) on one item for one round, with its proposal. */
@Entity
@Table(name = "tracking_report")
@Audited
public class ProgressReport extends BaseEntity {

    private Long agencyId;
    private Long itemId;
    private Long unitId;
    private int round;
    private String text;
    @Enumerated(EnumType.STRING)
    private TrackingProposal proposal;
    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.DRAFT;
    private String secretariatComment;
    private LocalDate submittedOn;
    private Instant updatedAt;

    protected ProgressReport() {
    }

    public ProgressReport(TrackedItem item, Long unitId, Instant now) {
        this.agencyId = item.getAgencyId();
        this.itemId = item.getId();
        this.unitId = unitId;
        this.round = item.getRound();
        this.text = "";
        this.proposal = TrackingProposal.PROPOSE_CONTINUE;
        this.updatedAt = now;
    }

    /** Saves the text and proposal: as a draft, or submitted to the secretariat. */
    public void write(String text, TrackingProposal proposal, boolean submit, LocalDate today, Instant now) {
        if (!status.editable()) {
            throw DomainException.invalid("tracking.error.reportLocked");
        }
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("tracking.error.reportTextRequired");
        }
        this.text = text.strip();
        this.proposal = proposal;
        this.updatedAt = now;
        move(submit ? ReportStatus.SUBMITTED : ReportStatus.DRAFT);
        if (submit) {
            submittedOn = today;
        }
    }

    /** The secretariat sends it back for more detail; the comment is required. */
    public void returnWith(String comment, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw DomainException.invalid("tracking.error.commentRequired");
        }
        move(ReportStatus.RETURNED);
        this.secretariatComment = comment.strip();
        this.updatedAt = now;
    }

    public void accept(Instant now) {
        move(ReportStatus.ACCEPTED);
        this.updatedAt = now;
    }

    private void move(ReportStatus next) {
        if (!status.canMoveTo(next)) {
            throw DomainException.invalid("tracking.error.reportTransition", status.name(), next.name());
        }
        status = next;
    }

    public Long getAgencyId() { return agencyId; }
    public Long getItemId() { return itemId; }
    public Long getUnitId() { return unitId; }
    public int getRound() { return round; }
    public String getText() { return text; }
    public TrackingProposal getProposal() { return proposal; }
    public ReportStatus getStatus() { return status; }
    public String getSecretariatComment() { return secretariatComment; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public Instant getUpdatedAt() { return updatedAt; }
}
