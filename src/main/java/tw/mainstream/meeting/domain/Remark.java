package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import tw.mainstream.meeting.SpeakerKind;
import tw.mainstream.shared.domain.BaseEntity;

/**
 * What one speaker said on an item (發言摘要 / 委員意見 / 單位代表回應). The text has one point per
 * line (indented lines are sub-points); the numbering is generated. A member may be unnamed
 * (「委員意見」) or named with a title (吳委員嘉麗); a unit or office speaks by its role label.
 */
@Entity
@Table(name = "meeting_remark")
@Audited
public class Remark extends BaseEntity {

    private Long agendaItemId;
    private int position;
    @Enumerated(EnumType.STRING)
    private SpeakerKind speakerKind;
    private String speakerName;
    private String speakerTitle;
    private String speakerRole;
    private Long unitId;
    private String text;

    protected Remark() {
    }

    public Remark(Long agendaItemId, int position) {
        this.agendaItemId = agendaItemId;
        this.position = position;
    }

    public Remark edit(SpeakerKind kind, String name, String title, String role, Long unitId, String text) {
        this.speakerKind = kind;
        this.speakerName = blankToNull(name);
        this.speakerTitle = blankToNull(title);
        this.speakerRole = blankToNull(role);
        this.unitId = unitId;
        this.text = text;
        return this;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getAgendaItemId() { return agendaItemId; }
    public int getPosition() { return position; }
    public SpeakerKind getSpeakerKind() { return speakerKind; }
    public String getSpeakerName() { return speakerName; }
    public String getSpeakerTitle() { return speakerTitle; }
    public String getSpeakerRole() { return speakerRole; }
    public Long getUnitId() { return unitId; }
    public String getText() { return text; }
}
