package tw.mainstream.meeting.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.domain.AttendanceStatus;
import tw.mainstream.meeting.domain.CommentView;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.domain.MeetingDocumentQueries;
import tw.mainstream.meeting.MeetingKind;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.MeetingView;
import tw.mainstream.meeting.domain.MinutesStateView;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.AttendanceService;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.MeetingDraft;
import tw.mainstream.meeting.domain.MeetingFilter;
import tw.mainstream.meeting.domain.MeetingQueries;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.meeting.domain.MinutesService;
import tw.mainstream.meeting.domain.NoticeService;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.Paging;
import tw.mainstream.shared.web.api.BinaryContent;

/** JSON API of meetings, agenda, attendance, minutes and comments; the pages call the same services. */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingApiController {

    private final MeetingApi api;
    private final MeetingDocumentQueries documents;
    private final MeetingQueries reads;
    private final MeetingService meetings;
    private final AgendaService agenda;
    private final AttendanceService attendance;
    private final MinutesService minutes;
    private final NoticeService notices;

    MeetingApiController(MeetingApi api, MeetingDocumentQueries documents, MeetingQueries reads, MeetingService meetings, AgendaService agenda,
                         AttendanceService attendance, MinutesService minutes, NoticeService notices) {
        this.api = api;
        this.documents = documents;
        this.reads = reads;
        this.meetings = meetings;
        this.agenda = agenda;
        this.attendance = attendance;
        this.minutes = minutes;
        this.notices = notices;
    }

    /** A new meeting: the task force and what the schedule form holds. */
    record MeetingRequest(Long taskForceId, MeetingKind kind, LocalDate date, LocalTime startTime, LocalTime endTime,
                          String place, String placeDetail, String subject, String chairName, String chairTitle,
                          String recorder, String contactPerson, String contactPhone, LocalDate proposalDeadline,
                          MeetingStyle style, String noticeCc, String noticeNote) {
        MeetingDraft draft() {
            return new MeetingDraft(kind, date, startTime, endTime, place, placeDetail, subject, chairName, chairTitle,
                    recorder, contactPerson, contactPhone, proposalDeadline, style, noticeCc, noticeNote);
        }
    }

    record ItemRequest(AgendaItemKind kind, String subject, String explanation, Long unitId, String unitLabel,
                       Integer coveredCount, String groupLabel) {
    }

    /** How a member attended; named apart from the generated request type of {@code meetingAttendance}. */
    @Schema(name = "MeetingAttendanceMark")
    record AttendanceRequest(AttendanceStatus status, String proxyName, long version) {
    }

    record CommentRequest(Long agendaItemId, String text) {
    }

    record AnswerRequest(String answer, long version) {
    }

    record CorrectionRequest(String reason) {
    }

    /** The meetings the caller may read, newest first, optionally of one task force, state or period. */
    @GetMapping
    ResponseEntity<List<MeetingView>> list(@ParameterObject MeetingFilter filter, @ParameterObject Paging paging,
                                           CurrentUser user) {
        return paging.answer(reads.readable(filter, paging, user));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MeetingView> create(@RequestBody MeetingRequest body, CurrentUser user) {
        if (body.taskForceId() == null) {
            throw DomainException.invalid("meeting.error.taskForceRequired");
        }
        Long id = meetings.create(body.taskForceId(), body.draft(), user).getId();
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id)).body(api.meeting(id, user));
    }

    @GetMapping("/{id}")
    MeetingView meeting(@PathVariable Long id, CurrentUser user) {
        return api.meeting(id, user);
    }

    /** The meeting as iCalendar (RFC 5545/5546): the invitation with every seated member, or METHOD:CANCEL. */
    @GetMapping("/{id}/invite.ics")
    @BinaryContent(BinaryContent.ICALENDAR)
    ResponseEntity<byte[]> invite(@PathVariable Long id, CurrentUser user) {
        return InviteController.calendar(id, notices.invitation(id, user));
    }

    @GetMapping("/{id}/agenda-items")
    List<ItemView> agenda(@PathVariable Long id, CurrentUser user) {
        return api.agenda(id, user);
    }

    @PostMapping("/{id}/agenda-items")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ItemView> addItem(@PathVariable Long id, @RequestBody ItemRequest body, CurrentUser user) {
        Long itemId = agenda.add(id, new ItemDraft(body.kind(), body.subject(), body.explanation(), body.unitId(),
                body.unitLabel(), body.coveredCount(), body.groupLabel()), user).getId();
        ItemView view = api.agenda(id, user).stream().filter(i -> i.id().equals(itemId)).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/agenda-items/" + itemId)).body(view);
    }

    @GetMapping("/{id}/attendance")
    Map<String, Object> attendance(@PathVariable Long id, CurrentUser user) {
        return Map.of("members", documents.attendance(id, user), "observers", documents.observers(id, user),
                "quorum", documents.quorum(id, user));
    }

    @PutMapping("/{id}/attendance/{attendanceId}")
    Map<String, Object> mark(@PathVariable Long id, @PathVariable Long attendanceId, @RequestBody AttendanceRequest body,
                             CurrentUser user) {
        attendance.mark(id, attendanceId, body.version(), body.status(), body.proxyName(), user);
        return attendance(id, user);
    }

    @GetMapping("/{id}/minutes/state")
    MinutesStateView state(@PathVariable Long id, CurrentUser user) {
        return reads.minutesState(id, user);
    }

    @PostMapping("/{id}/minutes/circulate")
    MinutesStateView circulate(@PathVariable Long id, @RequestParam(required = false) LocalDate deadline,
                               CurrentUser user) {
        minutes.circulate(id, deadline, user);
        return reads.minutesState(id, user);
    }

    @PostMapping("/{id}/minutes/confirm")
    MinutesStateView confirm(@PathVariable Long id, CurrentUser user) {
        minutes.confirm(id, user);
        return reads.minutesState(id, user);
    }

    @PostMapping("/{id}/minutes/corrections")
    MinutesStateView correct(@PathVariable Long id, @RequestBody CorrectionRequest body, CurrentUser user) {
        minutes.correct(id, body.reason(), user);
        return reads.minutesState(id, user);
    }

    @PostMapping("/{id}/minutes/publish")
    MinutesStateView publish(@PathVariable Long id, CurrentUser user) {
        minutes.publish(id, user);
        return reads.minutesState(id, user);
    }

    @GetMapping("/{id}/minutes/comments")
    List<CommentView> comments(@PathVariable Long id, CurrentUser user) {
        return reads.comments(id, user);
    }

    @PostMapping("/{id}/minutes/comments")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommentView> comment(@PathVariable Long id, @RequestBody CommentRequest body, CurrentUser user) {
        return ResponseEntity.status(201).body(MeetingQueries.comment(minutes.comment(id, body.agendaItemId(), body.text(), user)));
    }

    @PostMapping("/{id}/minutes/comments/{commentId}/answer")
    CommentView answer(@PathVariable Long id, @PathVariable Long commentId, @RequestBody AnswerRequest body,
                       CurrentUser user) {
        return MeetingQueries.comment(minutes.answer(id, commentId, body.version(), body.answer(), user));
    }
}
