package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import tw.mainstream.meeting.ResolutionKind;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.shared.domain.BaseEntity;

/**
 * 決議 / 決定 / 主席裁示 / 主席結論 on an item. The quorum at the time of recording is kept with it:
 * a resolution without quorum is saved but flagged, and the minutes show the flag.
 */
@Entity
@Table(name = "meeting_resolution")
@Audited
public class Resolution extends BaseEntity {

    private Long agendaItemId;
    private int position;
    @Enumerated(EnumType.STRING)
    private ResolutionKind kind;
    @Enumerated(EnumType.STRING)
    private ResolutionOutcome outcome;
    private String text;
    private boolean quorumMet;
    private int presentCount;
    private int requiredCount;
    private Long leadUnitId;
    /** 「請於下次會議安排報告」: the next meeting's agenda gets an item for it. */
    private boolean reportNextMeeting;

    protected Resolution() {
    }

    public Resolution(Long agendaItemId, int position) {
        this.agendaItemId = agendaItemId;
        this.position = position;
    }

    public Resolution edit(ResolutionKind kind, ResolutionOutcome outcome, String text, Long leadUnitId,
                           boolean reportNextMeeting) {
        this.kind = kind;
        this.outcome = outcome;
        this.text = text;
        this.leadUnitId = leadUnitId;
        this.reportNextMeeting = reportNextMeeting;
        return this;
    }

    public void quorum(int present, int required) {
        this.presentCount = present;
        this.requiredCount = required;
        this.quorumMet = present >= required;
    }

    public Long getAgendaItemId() { return agendaItemId; }
    public int getPosition() { return position; }
    public ResolutionKind getKind() { return kind; }
    public ResolutionOutcome getOutcome() { return outcome; }
    public String getText() { return text; }
    public boolean isQuorumMet() { return quorumMet; }
    public int getPresentCount() { return presentCount; }
    public int getRequiredCount() { return requiredCount; }
    public Long getLeadUnitId() { return leadUnitId; }
    public boolean isReportNextMeeting() { return reportNextMeeting; }
}
