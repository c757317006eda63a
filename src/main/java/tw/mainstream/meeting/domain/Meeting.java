package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.envers.Audited;
import tw.mainstream.meeting.MeetingKind;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.shared.domain.DomainException;

/** One meeting of a task force, numbered as the minutes are: 111 年第 1 次會議 (or 臨時會議). */
@Entity
@Table(name = "meeting_meeting")
@Audited
public class Meeting extends BaseEntity {

    private Long taskForceId;
    private Long agencyId;
    private int rocYear;
    private int sequenceNo;
    @Enumerated(EnumType.STRING)
    private MeetingKind kind;
    @Enumerated(EnumType.STRING)
    private MeetingStyle style = MeetingStyle.SECTIONS;
    /** 開會事由 on the notice. */
    private String subject;
    private LocalDate meetingDate;
    private LocalTime startTime;
    private LocalTime endTime;
    private String place;
    /** Second line of the place, e.g. the street address. */
    private String placeDetail;
    private String chairName;
    private String chairTitle;
    private String recorder;
    private String contactPerson;
    private String contactPhone;
    @Enumerated(EnumType.STRING)
    private MeetingStatus status = MeetingStatus.PLANNED;
    /** Why it was postponed or cancelled. */
    private String statusReason;
    /** 主席致詞: the text, or null for 「（略）」. */
    private String openingRemarks;
    private String chairConclusion;
    /** 散會 time. */
    private LocalTime adjournedAt;
    /** Units submit proposals (提案) until this day. */
    private LocalDate proposalDeadline;
    /** 副本 and 備註 of the notice. */
    private String noticeCc;
    private String noticeNote;
    /** e.g. 「詳如簽到表」 instead of the list of names. */
    private String attendanceNote;
    private Instant noticeSentAt;

    protected Meeting() {
    }

    public Meeting(Long taskForceId, Long agencyId, int rocYear, int sequenceNo, MeetingKind kind, LocalDate date) {
        this.taskForceId = taskForceId;
        this.agencyId = agencyId;
        this.rocYear = rocYear;
        this.sequenceNo = sequenceNo;
        this.kind = kind;
        this.meetingDate = date;
    }

    /** Moves along the state machine or refuses with a reason the user can read. */
    public void moveTo(MeetingStatus next, String reason) {
        if (!status.canMoveTo(next)) {
            throw DomainException.invalid("meeting.error.transition", status.name(), next.name());
        }
        if ((next == MeetingStatus.POSTPONED || next == MeetingStatus.CANCELLED) && (reason == null || reason.isBlank())) {
            throw DomainException.invalid("meeting.error.reasonRequired");
        }
        this.status = next;
        if (reason != null && !reason.isBlank()) {
            this.statusReason = reason.strip();
        }
    }

    /** Refuses any change of the minutes' content once they are confirmed. */
    public void requireMinutesEditable() {
        if (!status.minutesEditable()) {
            throw new DomainException("meeting.error.minutesLocked", 409, status.name());
        }
    }

    public void schedule(LocalDate date, LocalTime start, LocalTime end, String place, String placeDetail) {
        this.meetingDate = date;
        this.startTime = start;
        this.endTime = end;
        this.place = place;
        this.placeDetail = placeDetail;
    }

    public void people(String chairName, String chairTitle, String recorder, String contactPerson, String contactPhone) {
        this.chairName = chairName;
        this.chairTitle = chairTitle;
        this.recorder = recorder;
        this.contactPerson = contactPerson;
        this.contactPhone = contactPhone;
    }

    public void notice(String subject, String cc, String note, String attendanceNote) {
        this.subject = subject;
        this.noticeCc = cc;
        this.noticeNote = note;
        this.attendanceNote = attendanceNote;
    }

    public void record(String openingRemarks, String chairConclusion, LocalTime adjournedAt) {
        this.openingRemarks = openingRemarks;
        this.chairConclusion = chairConclusion;
        this.adjournedAt = adjournedAt;
    }

    public void noticeSent(Instant at) { this.noticeSentAt = at; }
    public void setStyle(MeetingStyle style) { this.style = style; }
    public void setProposalDeadline(LocalDate deadline) { this.proposalDeadline = deadline; }

    public Long getTaskForceId() { return taskForceId; }
    public Long getAgencyId() { return agencyId; }
    public int getRocYear() { return rocYear; }
    public int getSequenceNo() { return sequenceNo; }
    public MeetingKind getKind() { return kind; }
    public MeetingStyle getStyle() { return style; }
    public String getSubject() { return subject; }
    public LocalDate getMeetingDate() { return meetingDate; }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
    public String getPlace() { return place; }
    public String getPlaceDetail() { return placeDetail; }
    public String getChairName() { return chairName; }
    public String getChairTitle() { return chairTitle; }
    public String getRecorder() { return recorder; }
    public String getContactPerson() { return contactPerson; }
    public String getContactPhone() { return contactPhone; }
    public MeetingStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public String getOpeningRemarks() { return openingRemarks; }
    public String getChairConclusion() { return chairConclusion; }
    public LocalTime getAdjournedAt() { return adjournedAt; }
    public LocalDate getProposalDeadline() { return proposalDeadline; }
    public String getNoticeCc() { return noticeCc; }
    public String getNoticeNote() { return noticeNote; }
    public String getAttendanceNote() { return attendanceNote; }
    public Instant getNoticeSentAt() { return noticeSentAt; }
}
