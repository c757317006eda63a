package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.shared.domain.BaseEntity;

/**
 * An item of the agenda and of the minutes: 案由 (subject), 說明 (explanation, one point per line,
 * indented lines are sub-points), the proposing or reporting unit. {@code coveredCount} &gt; 1 when
 * several subjects are taken together (「報告案 2、3」). The origin tells which earlier resolution or
 * which proposal produced it.
 */
@Entity
@Table(name = "meeting_agenda_item")
@Audited
public class AgendaItem extends BaseEntity {

    private Long meetingId;
    @Enumerated(EnumType.STRING)
    private AgendaItemKind kind;
    private int position;
    private String subject;
    private String explanation;
    private Long unitId;
    private String unitLabel;
    private int coveredCount = 1;
    private String groupLabel;
    private Long originResolutionId;
    private Long originProposalId;
    /** Set on a follow-up entry: the tracked item it reports on and whose decision it records. */
    private Long trackedItemId;

    protected AgendaItem() {
    }

    public AgendaItem(Long meetingId, AgendaItemKind kind, int position, String subject) {
        this.meetingId = meetingId;
        this.kind = kind;
        this.position = position;
        this.subject = subject;
    }

    public AgendaItem edit(String subject, String explanation, Long unitId, String unitLabel, int coveredCount,
                           String groupLabel) {
        this.subject = subject;
        this.explanation = explanation;
        this.unitId = unitId;
        this.unitLabel = unitLabel;
        this.coveredCount = Math.max(1, coveredCount);
        this.groupLabel = groupLabel;
        return this;
    }

    public AgendaItem origin(Long resolutionId, Long proposalId) {
        this.originResolutionId = resolutionId;
        this.originProposalId = proposalId;
        return this;
    }

    public AgendaItem tracks(Long trackedItemId) {
        this.trackedItemId = trackedItemId;
        return this;
    }

    public void moveTo(AgendaItemKind kind, int position) {
        this.kind = kind;
        this.position = position;
    }

    public Long getMeetingId() { return meetingId; }
    public AgendaItemKind getKind() { return kind; }
    public int getPosition() { return position; }
    public String getSubject() { return subject; }
    public String getExplanation() { return explanation; }
    public Long getUnitId() { return unitId; }
    public String getUnitLabel() { return unitLabel; }
    public int getCoveredCount() { return coveredCount; }
    public String getGroupLabel() { return groupLabel; }
    public Long getOriginResolutionId() { return originResolutionId; }
    public Long getOriginProposalId() { return originProposalId; }
    public Long getTrackedItemId() { return trackedItemId; }
}
