package tw.mainstream.meeting;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.meeting.domain.AttachmentService;
import tw.mainstream.meeting.domain.AttendanceService;
import tw.mainstream.meeting.domain.HeldMeetingRecorder;
import tw.mainstream.meeting.domain.MeetingAccess;
import tw.mainstream.meeting.domain.MeetingQueries;
import tw.mainstream.meeting.domain.MinutesService;
import tw.mainstream.meeting.domain.NoticeService;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/**
 * The meeting module's facade for other modules (tracking, document, search). Reads return *View
 * records; methods taking a {@link CurrentUser} apply the same scope as the pages (404 outside it).
 */
@Service
@Transactional(readOnly = true)
public class MeetingApi {

    private final MeetingQueries reads;
    private final MinutesService minutes;
    private final NoticeService notices;
    private final AttendanceService attendance;
    private final MeetingAccess access;
    private final HeldMeetingRecorder held;
    private final AttachmentService attachments;

    MeetingApi(MeetingQueries reads, MinutesService minutes, NoticeService notices, AttendanceService attendance,
               MeetingAccess access, HeldMeetingRecorder held, AttachmentService attachments) {
        this.held = held;
        this.attachments = attachments;
        this.reads = reads;
        this.minutes = minutes;
        this.notices = notices;
        this.attendance = attendance;
        this.access = access;
    }

    /**
     * The date of the task force's next meeting not yet held (planned, notice sent or postponed),
     * on or after {@code onOrAfter}: dates only, for modules that check scope themselves.
     */
    public Optional<java.time.LocalDate> nextMeetingDate(Long taskForceId, java.time.LocalDate onOrAfter) {
        return reads.meetingsUnchecked(taskForceId).stream()
                .filter(m -> m.status().isBeforeMeeting() && !m.date().isBefore(onOrAfter))
                .map(MeetingView::date).min(java.time.LocalDate::compareTo);
    }

    /** A meeting without scope check, for modules that check scope themselves. */
    public Optional<MeetingView> meeting(Long meetingId) {
        return reads.meeting(meetingId);
    }

    public MeetingView meeting(Long meetingId, CurrentUser user) {
        return reads.meeting(meetingId, user);
    }

    public List<MeetingView> meetingsOf(Long taskForceId, CurrentUser user) {
        return reads.meetingsOf(taskForceId, user);
    }

    /** The internal minutes, or the public version (for anyone once published, 404 before). */
    public MinutesView minutes(Long meetingId, CurrentUser user, boolean publicVersion) {
        return publicVersion ? minutes.publicVersion(meetingId, user) : minutes.internal(meetingId, user);
    }

    /**
     * The stored bytes of an attachment of the meeting's items, with the same scope as its download:
     * a reader of the meeting for the internal version; for the public version whoever may read the
     * public minutes ({@link #minutes}), and only attachments that the public minutes show. 404 otherwise.
     */
    public byte[] attachmentContent(Long meetingId, Long attachmentId, CurrentUser user, boolean publicVersion) {
        if (!publicVersion) {
            return attachments.read(meetingId, attachmentId, user, false).content();
        }
        boolean shown = minutes.publicVersion(meetingId, user).sections().stream()
                .flatMap(s -> s.items().stream())
                .flatMap(i -> Stream.concat(i.attachments().stream(),
                        i.table().stream().flatMap(r -> r.images().stream())))
                .anyMatch(a -> a.id().equals(attachmentId));
        if (!shown) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return attachments.read(meetingId, attachmentId, user, true).content();
    }

    public NoticeView notice(Long meetingId, CurrentUser user) {
        return notices.notice(meetingId, user);
    }

    public List<ItemView> agenda(Long meetingId, CurrentUser user) {
        return reads.agenda(meetingId, user);
    }

    /** The sign-in sheet's rows: every member with status, then the observers. */
    public List<AttendanceView> attendance(Long meetingId, CurrentUser user) {
        return reads.attendance(meetingId, user);
    }

    public List<ObserverView> observers(Long meetingId, CurrentUser user) {
        return attendance.observers(meetingId, user).stream()
                .map(o -> new ObserverView(o.getId(), o.getName(), o.getAffiliation(), o.getCategory())).toList();
    }

    public QuorumView quorum(Long meetingId, CurrentUser user) {
        return attendance.quorum(access.read(meetingId, user));
    }

    /**
     * Enters a meeting that was held, with its minutes, and confirms them (published too if the record
     * asks): the secretariat of the task force's agency only. Confirming announces the minutes, so
     * tracking opens items for the resolutions that leave work, as for any meeting. Returns the meeting.
     */
    @Transactional
    public MeetingView recordHeldMeeting(HeldMeetingRecord record, CurrentUser user) {
        return reads.view(held.record(record, user));
    }
}
