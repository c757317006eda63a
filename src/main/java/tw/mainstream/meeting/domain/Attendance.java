package tw.mainstream.meeting.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.shared.domain.DomainException;

/**
 * A member's attendance at a meeting, with the name, title and affiliation as they were that day
 * (吳O光委員（輔仁大學法律系教授）). A proxy (代理出席) is allowed only for internal members and only
 * when the charter allows internal proxies.
 */
@Entity
@Table(name = "meeting_attendance")
@Audited
public class Attendance extends BaseEntity {

    private Long meetingId;
    private int position;
    private Long membershipId;
    private Long personId;
    private String name;
    private String title;
    private String affiliation;
    private boolean internal;
    private boolean voting;
    @Enumerated(EnumType.STRING)
    private AttendanceStatus status = AttendanceStatus.UNRECORDED;
    private String proxyName;
    private String note;

    protected Attendance() {
    }

    public Attendance(Long meetingId, int position, Long membershipId, Long personId, String name, String title,
                      String affiliation, boolean internal, boolean voting) {
        this.meetingId = meetingId;
        this.position = position;
        this.membershipId = membershipId;
        this.personId = personId;
        this.name = name;
        this.title = title;
        this.affiliation = affiliation;
        this.internal = internal;
        this.voting = voting;
    }

    public void mark(AttendanceStatus status, String proxyName, boolean internalProxiesAllowed) {
        if (status == AttendanceStatus.PROXY) {
            if (!internal) {
                throw DomainException.invalid("meeting.error.proxyExternal", name);
            }
            if (!internalProxiesAllowed) {
                throw DomainException.invalid("meeting.error.proxyNotAllowed");
            }
            if (proxyName == null || proxyName.isBlank()) {
                throw DomainException.invalid("meeting.error.proxyName", name);
            }
        }
        this.status = status;
        this.proxyName = status == AttendanceStatus.PROXY ? proxyName.strip() : null;
    }

    /** A short remark on the row (遲到, 視訊出席); blank clears it. */
    public void note(String text) {
        String t = text == null ? "" : text.strip();
        if (t.length() > 300) {
            throw DomainException.invalid("meeting.error.attendanceNoteLong", name);
        }
        this.note = t.isEmpty() ? null : t;
    }

    public Long getMeetingId() { return meetingId; }
    public int getPosition() { return position; }
    public Long getMembershipId() { return membershipId; }
    public Long getPersonId() { return personId; }
    public String getName() { return name; }
    public String getTitle() { return title; }
    public String getAffiliation() { return affiliation; }
    public boolean isInternal() { return internal; }
    public boolean isVoting() { return voting; }
    public AttendanceStatus getStatus() { return status; }
    public String getProxyName() { return proxyName; }
    public String getNote() { return note; }
}
