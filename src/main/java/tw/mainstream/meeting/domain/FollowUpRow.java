package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;

/**
 * A row of a follow-up table inside an item (the Taipei table: 會議日期 | 內容說明或裁(指)示事項
 * (unit) | 執行情形 | 備註 | 是否解列). Rows of a new meeting are generated from the open tracked items.
 */
@Entity
@Table(name = "meeting_follow_up_row")
@Audited
public class FollowUpRow extends BaseEntity {

    private Long agendaItemId;
    private int position;
    private LocalDate meetingDate;
    private String content;
    private String unitLabel;
    private String progress;
    private String note;
    /** 是否解列: null while undecided. */
    private Boolean closed;
    private Long originResolutionId;
    /** The tracked item the row was generated from; its 是否解列 is the meeting's decision on it. */
    private Long trackedItemId;

    protected FollowUpRow() {
    }

    public FollowUpRow(Long agendaItemId, int position) {
        this.agendaItemId = agendaItemId;
        this.position = position;
    }

    public FollowUpRow edit(LocalDate meetingDate, String content, String unitLabel, String progress, String note,
                            Boolean closed, Long originResolutionId) {
        this.meetingDate = meetingDate;
        this.content = content;
        this.unitLabel = unitLabel;
        this.progress = progress;
        this.note = note;
        this.closed = closed;
        this.originResolutionId = originResolutionId;
        return this;
    }

    public FollowUpRow tracks(Long trackedItemId) {
        this.trackedItemId = trackedItemId;
        return this;
    }

    public Long getAgendaItemId() { return agendaItemId; }
    public int getPosition() { return position; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public String getContent() { return content; }
    public String getUnitLabel() { return unitLabel; }
    public String getProgress() { return progress; }
    public String getNote() { return note; }
    public Boolean getClosed() { return closed; }
    public Long getOriginResolutionId() { return originResolutionId; }
    public Long getTrackedItemId() { return trackedItemId; }
}
