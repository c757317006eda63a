package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.shared.domain.BaseEntity;

/** A unit's proposal (提案) for the agenda: a report or a discussion item, accepted by the secretariat. */
@Entity
@Table(name = "meeting_proposal")
@Audited
public class Proposal extends BaseEntity {

    private Long meetingId;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private AgendaItemKind kind;
    private String subject;
    private String explanation;
    private String submittedBy;
    private Instant submittedAt;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status = ProposalStatus.SUBMITTED;
    private Long agendaItemId;

    protected Proposal() {
    }

    public Proposal(Long meetingId, Long unitId, AgendaItemKind kind, String subject, String explanation,
                    String submittedBy, Instant submittedAt) {
        this.meetingId = meetingId;
        this.unitId = unitId;
        this.kind = kind;
        this.subject = subject;
        this.explanation = explanation;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
    }

    public void accept(Long agendaItemId) {
        this.status = ProposalStatus.ACCEPTED;
        this.agendaItemId = agendaItemId;
    }

    public void reject() {
        this.status = ProposalStatus.REJECTED;
    }

    public Long getMeetingId() { return meetingId; }
    public Long getUnitId() { return unitId; }
    public AgendaItemKind getKind() { return kind; }
    public String getSubject() { return subject; }
    public String getExplanation() { return explanation; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public ProposalStatus getStatus() { return status; }
    public Long getAgendaItemId() { return agendaItemId; }
}
