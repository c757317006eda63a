package tw.mainstream.meeting.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.privacy.PublicNamePolicyQueries;
import tw.mainstream.shared.privacy.PublicNamePolicyView;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingView;
import tw.mainstream.meeting.ResolutionView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.Paging;

/** Read models of meetings for the facade, the pages and the API. */
@Component
@Transactional(readOnly = true)
public class MeetingQueries {

    private final MeetingRepository meetings;
    private final MeetingService meetingService;
    private final MeetingAccess access;
    private final MinutesAssembler assembler;
    private final AgendaItemQueries agendaItems;
    private final AttendanceService attendance;
    private final MinutesService minutes;
    private final AgendaService agenda;
    private final CommitteeApi committee;
    private final PublicNamePolicyQueries publicNames;

    MeetingQueries(MeetingRepository meetings, MeetingService meetingService, MeetingAccess access,
                 MinutesAssembler assembler, AgendaItemQueries agendaItems, AttendanceService attendance,
                 MinutesService minutes, AgendaService agenda, CommitteeApi committee, PublicNamePolicyQueries publicNames) {
        this.publicNames = publicNames;
        this.meetings = meetings;
        this.meetingService = meetingService;
        this.access = access;
        this.assembler = assembler;
        this.agendaItems = agendaItems;
        this.attendance = attendance;
        this.minutes = minutes;
        this.agenda = agenda;
        this.committee = committee;
    }

    public Optional<MeetingView> meeting(Long id) {
        return meetings.findById(id).map(assembler::view);
    }

    public MeetingView view(Meeting m) {
        return assembler.view(m);
    }

    public MeetingView meeting(Long id, CurrentUser user) {
        return assembler.view(access.read(id, user));
    }

    public List<MeetingView> meetingsOf(Long taskForceId, CurrentUser user) {
        return meetingService.list(taskForceId, user).stream().map(assembler::view).toList();
    }

    /** The meetings the user may read, filtered, as views: newest first. */
    public Page<MeetingView> readable(MeetingFilter filter, Paging paging, CurrentUser user) {
        return meetingService.readable(filter, paging.pageable(Sort.by(Sort.Order.desc("meetingDate"), Sort.Order.desc("id"))),
                user).map(assembler::view);
    }

    public List<ItemView> agenda(Long meetingId, CurrentUser user) {
        return agendaItems.of(access.read(meetingId, user), Masker.none());
    }

    /** Every meeting of the task force, without a scope check (callers check scope themselves). */
    public List<MeetingView> meetingsUnchecked(Long taskForceId) {
        return meetings.findByTaskForceIdOrderByMeetingDateDescIdDesc(taskForceId).stream()
                .map(assembler::view).toList();
    }

    public List<AttendanceView> attendance(Long meetingId, CurrentUser user) {
        return attendance.list(meetingId, user).stream().map(a -> new AttendanceView(a.getId(), a.getMembershipId(),
                a.getPersonId(), a.getName(), a.getTitle(), a.getAffiliation(), a.isInternal(), a.isVoting(),
                a.getStatus(), a.getProxyName(), a.getNote(), a.getVersion())).toList();
    }

    public MinutesStateView minutesState(Long meetingId, CurrentUser user) {
        Minutes m = minutes.state(meetingId, user);
        PublicNamePolicyView names = publicNames.forAgency(access.read(meetingId, user).getAgencyId());
        return new MinutesStateView(m.getId(), m.getStatus(), m.getRevision(), m.getRevisionReason(),
                m.getCirculatedAt(), m.getCommentDeadline(), m.getConfirmedAt(), m.getConfirmedBy(),
                m.getPublishedAt(), names.maskMembers(), names.maskStaff(), names.maskPrivate(), names.style().name(),
                m.getVersion());
    }

    public List<CommentView> comments(Long meetingId, CurrentUser user) {
        return minutes.comments(meetingId, user).stream().map(MeetingQueries::comment).toList();
    }

    public static CommentView comment(MinutesComment c) {
        return new CommentView(c.getId(), c.getRevision(), c.getAgendaItemId(), c.getAuthorName(), c.getText(),
                c.getCreatedAt(), c.getAnswer(), c.getAnsweredBy(), c.getAnsweredAt(), c.getVersion());
    }

    public List<ProposalView> proposals(Long meetingId, CurrentUser user) {
        return agenda.proposals(meetingId, user).stream().map(p -> new ProposalView(p.getId(), p.getUnitId(),
                p.getUnitId() == null ? null : committee.unit(p.getUnitId()).map(UnitView::name).orElse(null),
                p.getKind(), p.getSubject(), p.getExplanation(), p.getSubmittedBy(), p.getSubmittedAt(),
                p.getStatus())).toList();
    }

    public List<RevisionView> revisions(Long meetingId, CurrentUser user) {
        return minutes.revisions(meetingId, user).stream().map(r -> new RevisionView(r.getRevision(), r.getReason(),
                r.getConfirmedAt(), r.getConfirmedBy(), r.getSnapshot())).toList();
    }
}
