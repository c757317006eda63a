package tw.mainstream.meeting.domain;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import tw.mainstream.shared.i18n.MessageSourceConfig;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.MemberView;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/** The sign-in: members present, excused, by proxy or absent; observers; the quorum; the fee list. */
@Service
@Transactional
public class AttendanceService {

    private final AttendanceRepository attendance;
    private final ObserverRepository observers;
    private final MeetingAccess access;
    private final CommitteeApi committee;
    private final MessageSource messages;

    AttendanceService(AttendanceRepository attendance, ObserverRepository observers, MeetingAccess access,
                      CommitteeApi committee, MessageSource messages) {
        this.messages = messages;
        this.attendance = attendance;
        this.observers = observers;
        this.access = access;
        this.committee = committee;
    }

    /** One row per member seated on the meeting day, 未登記 until marked. */
    void seed(Meeting m, TaskForceView tf) {
        int position = 0;
        for (MemberView mv : committee.activeMembers(tf.id(), m.getMeetingDate())) {
            boolean staff = !mv.role().isVoting();
            String affiliation = staff || !mv.internal() ? join(mv.organisation(), mv.title())
                    : mv.post() != null ? mv.post() : mv.title();
            // the 執行秘書 and liaisons who hold no seat are staff, written by their role, never as 委員
            String title = staff ? messages.getMessage("committee.role." + mv.role(), null, MessageSourceConfig.DEFAULT_LOCALE)
                    : messages.getMessage("meeting.doc.memberTitle", null, MessageSourceConfig.DEFAULT_LOCALE);
            attendance.save(new Attendance(m.getId(), ++position, mv.membershipId(), mv.personId(), mv.name(),
                    title, affiliation, mv.internal(), mv.role().isVoting()));
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + b;
    }

    @Transactional(readOnly = true)
    public List<Attendance> list(Long meetingId, CurrentUser user) {
        access.read(meetingId, user);
        return attendance.findByMeetingIdOrderByPositionAscIdAsc(meetingId);
    }

    @Transactional(readOnly = true)
    public List<Observer> observers(Long meetingId, CurrentUser user) {
        access.read(meetingId, user);
        return observers.findByMeetingIdOrderByPositionAscIdAsc(meetingId);
    }

    /** Marks one member; a proxy only for internal members where the charter allows it. */
    public Attendance mark(Long meetingId, Long attendanceId, long version, AttendanceStatus status, String proxyName,
                           CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        Attendance a = attendance.findById(attendanceId).filter(x -> x.getMeetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("attendance", attendanceId));
        a.checkVersion(version);
        boolean proxies = committee.taskForce(m.getTaskForceId()).map(TaskForceView::internalProxiesAllowed).orElse(false);
        a.mark(status == null ? AttendanceStatus.UNRECORDED : status, proxyName, proxies);
        return a;
    }

    /** One row of the sign-in sheet as the secretariat submitted it. */
    public record Entry(Long attendanceId, long version, AttendanceStatus status, String proxyName, String note) {
    }

    /**
     * The whole sign-in sheet in one save: every row is checked (version, proxy rules) and either
     * all are saved or none (the transaction rolls back on the first refusal).
     */
    public List<Attendance> markAll(Long meetingId, List<Entry> entries, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        boolean proxies = committee.taskForce(m.getTaskForceId()).map(TaskForceView::internalProxiesAllowed).orElse(false);
        java.util.Map<Long, Attendance> rows = new java.util.HashMap<>();
        attendance.findByMeetingIdOrderByPositionAscIdAsc(meetingId).forEach(a -> rows.put(a.getId(), a));
        return entries.stream().map(e -> {
            Attendance a = rows.get(e.attendanceId());
            if (a == null) {
                throw new NotFoundException("attendance", e.attendanceId());
            }
            a.checkVersion(e.version());
            a.mark(e.status() == null ? AttendanceStatus.UNRECORDED : e.status(), e.proxyName(), proxies);
            a.note(e.note());
            return a;
        }).toList();
    }

    /** A person recorded by name (no membership on file), e.g. when entering past minutes. */
    public Attendance addMember(Long meetingId, String name, String title, String affiliation, boolean internal,
                                AttendanceStatus status, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("meeting.error.nameRequired");
        }
        int position = attendance.findByMeetingIdOrderByPositionAscIdAsc(meetingId).size() + 1;
        Attendance a = new Attendance(meetingId, position, null, null, name.strip(), title, affiliation, internal, true);
        a.mark(status == null ? AttendanceStatus.PRESENT : status, null, true);
        return attendance.save(a);
    }

    public Observer addObserver(Long meetingId, String name, String affiliation, NameCategory category,
                                CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        if (name == null || name.isBlank()) {
            throw DomainException.invalid("meeting.error.nameRequired");
        }
        int position = observers.findByMeetingIdOrderByPositionAscIdAsc(meetingId).size() + 1;
        return observers.save(new Observer(meetingId, position, name.strip(), MeetingService.trim(affiliation),
                category == null ? NameCategory.STAFF : category));
    }

    public void removeObserver(Long meetingId, Long observerId, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        observers.findById(observerId).filter(o -> o.getMeetingId().equals(meetingId)).ifPresent(observers::delete);
    }

    /** Voting members present (in person or by proxy) against what the charter requires for this meeting. */
    @Transactional(readOnly = true)
    public QuorumView quorum(Meeting m) {
        List<Attendance> rows = attendance.findByMeetingIdOrderByPositionAscIdAsc(m.getId()).stream()
                .filter(Attendance::isVoting).toList();
        int present = (int) rows.stream().filter(a -> a.getStatus().counts()).count();
        int required = committee.quorumRequired(m.getTaskForceId(), m.getMeetingDate());
        int seats = rows.size();
        if (rows.stream().allMatch(a -> a.getMembershipId() == null) && !rows.isEmpty()) {
            required = committee.taskForce(m.getTaskForceId()).orElseThrow().quorumRule().required(seats);
        }
        return new QuorumView(present, required, seats, required > 0 && present >= required);
    }

    /** External members present, owed the attendance fee (出席費). */
    @Transactional(readOnly = true)
    public List<FeeView> fees(Long meetingId, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        BigDecimal fee = committee.taskForce(m.getTaskForceId()).map(TaskForceView::attendanceFee).orElse(null);
        return attendance.findByMeetingIdOrderByPositionAscIdAsc(meetingId).stream()
                .filter(a -> !a.isInternal() && a.getStatus() == AttendanceStatus.PRESENT)
                .map(a -> new FeeView(a.getName(), a.getAffiliation(), fee)).toList();
    }
}
