package tw.mainstream.meeting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.MemberView;
import tw.mainstream.committee.Role;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.meeting.MeetingKind;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.time.RocDates;

/** Scheduling meetings and moving them through their states; the agenda is assembled on creation. */
@Service
@Transactional
public class MeetingService {

    private final MeetingRepository meetings;
    private final MinutesRepository minutes;
    private final MeetingAccess access;
    private final CommitteeApi committee;
    private final AgendaAssembler assembler;
    private final AttendanceService attendance;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, MinutesRepository minutes, MeetingAccess access, CommitteeApi committee,
                   AgendaAssembler assembler, AttendanceService attendance, Clock clock) {
        this.meetings = meetings;
        this.minutes = minutes;
        this.access = access;
        this.committee = committee;
        this.assembler = assembler;
        this.attendance = attendance;
        this.clock = clock;
    }

    public TaskForceView taskForce(Long taskForceId, CurrentUser user) {
        TaskForceView tf = committee.taskForce(taskForceId).orElseThrow(() -> new NotFoundException("taskForce", taskForceId));
        user.requireReadAgency(tf.agencyId());
        return tf;
    }

    @Transactional(readOnly = true)
    public List<Meeting> list(Long taskForceId, CurrentUser user) {
        taskForce(taskForceId, user);
        return meetings.findByTaskForceIdOrderByMeetingDateDescIdDesc(taskForceId);
    }

    /**
     * The meetings the user may read that match the filter, newest first; a task force named in
     * the filter must be readable (404 otherwise, as before).
     */
    @Transactional(readOnly = true)
    public Page<Meeting> readable(MeetingFilter filter, Pageable pageable, CurrentUser user) {
        if (filter.taskForceId() != null) {
            taskForce(filter.taskForceId(), user);
        }
        return meetings.findAll(filter.readableBy(user), pageable);
    }

    /** Schedules the next meeting of the task force, numbers it, and assembles its agenda and attendance list. */
    public Meeting create(Long taskForceId, MeetingDraft d, CurrentUser user) {
        return create(taskForceId, d, null, true, user);
    }

    /**
     * Schedules a meeting with the number it bears (第 2 次 when the year's first is not recorded here),
     * or the next free number when that one is taken; the agenda is assembled as for any new meeting.
     */
    public Meeting createNumbered(Long taskForceId, MeetingDraft d, int sequence, CurrentUser user) {
        return create(taskForceId, d, sequence, true, user);
    }

    /**
     * The same for a meeting entered after the fact ({@link HeldMeetingRecorder}): the printed number
     * when it is free (else the next), and no agenda assembled from what is pending.
     */
    Meeting create(Long taskForceId, MeetingDraft d, Integer sequence, boolean assemble, CurrentUser user) {
        if (taskForceId == null) {
            throw DomainException.invalid("meeting.error.taskForceRequired");
        }
        TaskForceView tf = taskForce(taskForceId, user);
        user.requireManageAgency(tf.agencyId());
        if (d.date() == null) {
            throw DomainException.invalid("meeting.error.dateRequired");
        }
        MeetingKind kind = d.kind() == null ? MeetingKind.REGULAR : d.kind();
        int year = RocDates.rocYear(d.date());
        int seq = sequence != null && sequence > 0
                && meetings.findByTaskForceIdAndKindAndRocYearAndSequenceNo(taskForceId, kind, year, sequence).isEmpty()
                ? sequence
                : meetings.findFirstByTaskForceIdAndKindAndRocYearOrderBySequenceNoDesc(taskForceId, kind, year)
                        .map(m -> m.getSequenceNo() + 1).orElse(1);
        Meeting m = new Meeting(taskForceId, tf.agencyId(), year, seq, kind, d.date());
        apply(m, d, tf);
        m = meetings.save(m);
        minutes.save(new Minutes(m.getId()));
        attendance.seed(m, tf);
        if (assemble) {
            assembler.assemble(m);
        }
        return m;
    }

    public Meeting edit(Long meetingId, long version, MeetingDraft d, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.checkVersion(version);
        m.requireMinutesEditable();
        if (d.date() == null) {
            throw DomainException.invalid("meeting.error.dateRequired");
        }
        apply(m, d, committee.taskForce(m.getTaskForceId()).orElseThrow());
        return m;
    }

    private void apply(Meeting m, MeetingDraft d, TaskForceView tf) {
        if (d.startTime() != null && d.endTime() != null && d.endTime().isBefore(d.startTime())) {
            throw DomainException.invalid("meeting.error.endBeforeStart");
        }
        m.schedule(d.date(), d.startTime(), d.endTime(), trim(d.place()), trim(d.placeDetail()));
        String chairName = trim(d.chairName());
        String chairTitle = trim(d.chairTitle());
        if (chairName == null) {
            MemberView convener = convener(tf.id(), d.date());
            chairName = convener == null ? null : convener.name();
            chairTitle = convener == null ? chairTitle : convener.title();
        }
        m.people(chairName, chairTitle, trim(d.recorder()), trim(d.contactPerson()), trim(d.contactPhone()));
        m.notice(trim(d.subject()), trim(d.noticeCc()), trim(d.noticeNote()), m.getAttendanceNote());
        m.setProposalDeadline(d.proposalDeadline());
        m.setStyle(d.style() == null ? MeetingStyle.SECTIONS : d.style());
    }

    private MemberView convener(Long taskForceId, LocalDate date) {
        return committee.activeMembers(taskForceId, date).stream()
                .filter(mv -> mv.role() == Role.CONVENER).findFirst().orElse(null);
    }

    /** Records what was said outside items: opening remarks (blank = 「（略）」), conclusion, adjournment. */
    public Meeting record(Long meetingId, long version, String opening, String conclusion, java.time.LocalTime adjourned,
                          CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.checkVersion(version);
        m.requireMinutesEditable();
        m.record(trim(opening), trim(conclusion), adjourned);
        return m;
    }

    /** 出(列)席人員 written as a note (「詳如簽到表」) instead of the list of names; blank restores the list. */
    public Meeting noteAttendance(Long meetingId, String note, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        m.notice(m.getSubject(), m.getNoticeCc(), m.getNoticeNote(), trim(note));
        return m;
    }

    public Meeting postpone(Long meetingId, String reason, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.moveTo(MeetingStatus.POSTPONED, reason);
        return m;
    }

    public Meeting cancel(Long meetingId, String reason, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.moveTo(MeetingStatus.CANCELLED, reason);
        return m;
    }

    public Meeting replan(Long meetingId, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.moveTo(MeetingStatus.PLANNED, null);
        return m;
    }

    public Meeting markHeld(Long meetingId, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.moveTo(MeetingStatus.HELD, null);
        return m;
    }

    /** Moves a meeting that is (or should be) over to the minutes-draft state, walking the steps in between. */
    static void advanceToDraft(Meeting m) {
        if (m.getStatus() == MeetingStatus.PLANNED || m.getStatus() == MeetingStatus.NOTICE_SENT) {
            m.moveTo(MeetingStatus.HELD, null);
        }
        if (m.getStatus() == MeetingStatus.HELD) {
            m.moveTo(MeetingStatus.MINUTES_DRAFT, null);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
