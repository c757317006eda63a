package tw.mainstream.meeting.domain;

import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/**
 * What a meeting's documents are made of (the notice, the sign-in sheet, the minutes and their
 * attachments), for the meeting's own pages, API and documents. Each read applies the meeting's
 * scope (404 outside it).
 */
@Service
@Transactional(readOnly = true)
public class MeetingDocumentQueries {

    private final MeetingQueries reads;
    private final MinutesService minutes;
    private final NoticeService notices;
    private final AttendanceService attendance;
    private final MeetingAccess access;
    private final AttachmentService attachments;

    MeetingDocumentQueries(MeetingQueries reads, MinutesService minutes, NoticeService notices,
                           AttendanceService attendance, MeetingAccess access, AttachmentService attachments) {
        this.reads = reads;
        this.minutes = minutes;
        this.notices = notices;
        this.attendance = attendance;
        this.access = access;
        this.attachments = attachments;
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
}
