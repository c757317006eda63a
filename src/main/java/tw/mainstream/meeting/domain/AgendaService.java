package tw.mainstream.meeting.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/** The agenda editor: items added, edited, moved and removed; units' proposals; the report rotation. */
@Service
@Transactional
public class AgendaService {

    private final AgendaItemRepository items;
    private final ProposalRepository proposals;
    private final ReportRotationRepository rotations;
    private final RemarkRepository remarks;
    private final ResolutionRepository resolutions;
    private final MeetingAccess access;
    private final CommitteeApi committee;
    private final Clock clock;

    AgendaService(AgendaItemRepository items, ProposalRepository proposals, ReportRotationRepository rotations,
                  RemarkRepository remarks, ResolutionRepository resolutions, MeetingAccess access,
                  CommitteeApi committee, Clock clock) {
        this.items = items;
        this.proposals = proposals;
        this.rotations = rotations;
        this.remarks = remarks;
        this.resolutions = resolutions;
        this.access = access;
        this.committee = committee;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AgendaItem> items(Long meetingId, CurrentUser user) {
        access.read(meetingId, user);
        return items.inAgendaOrder(meetingId);
    }

    /** Adds an item at the end of its section; extempore motions are added during the meeting this way. */
    public AgendaItem add(Long meetingId, ItemDraft d, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        AgendaItemKind kind = d.kind() == null ? AgendaItemKind.REPORT : d.kind();
        requireSubject(kind, d.subject());
        AgendaItem item = new AgendaItem(meetingId, kind, nextPosition(meetingId, kind), MeetingService.trim(d.subject()));
        apply(item, m, d);
        return items.save(item);
    }

    public AgendaItem edit(Long meetingId, Long itemId, long version, ItemDraft d, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        AgendaItem item = item(meetingId, itemId);
        item.checkVersion(version);
        requireSubject(item.getKind(), d.subject());
        if (d.kind() != null && d.kind() != item.getKind()) {
            item.moveTo(d.kind(), nextPosition(meetingId, d.kind()));
        }
        apply(item, m, d);
        return item;
    }

    private void apply(AgendaItem item, Meeting m, ItemDraft d) {
        String unitLabel = MeetingService.trim(d.unitLabel());
        if (d.unitId() != null) {
            UnitView unit = committee.unit(d.unitId()).filter(u -> u.agencyId().equals(m.getAgencyId()))
                    .orElseThrow(() -> DomainException.invalid("meeting.error.unit"));
            unitLabel = unitLabel == null ? unit.name() : unitLabel;
        }
        item.edit(MeetingService.trim(d.subject()), MeetingService.trim(d.explanation()), d.unitId(), unitLabel,
                d.coveredCount() == null ? 1 : d.coveredCount(), MeetingService.trim(d.groupLabel()));
    }

    /** Moves an item one place up (-1) or down (+1) within its section. */
    public void move(Long meetingId, Long itemId, int direction, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        AgendaItem item = item(meetingId, itemId);
        List<AgendaItem> section = new ArrayList<>(items.inAgendaOrder(meetingId).stream()
                .filter(i -> i.getKind() == item.getKind()).toList());
        int i = section.indexOf(item);
        int j = i + Integer.signum(direction);
        if (i < 0 || j < 0 || j >= section.size()) {
            return;
        }
        section.set(i, section.get(j));
        section.set(j, item);
        for (int k = 0; k < section.size(); k++) {
            section.get(k).moveTo(item.getKind(), k + 1);
        }
    }

    /** Removes an item that has no remarks or resolutions yet. */
    public void remove(Long meetingId, Long itemId, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        AgendaItem item = item(meetingId, itemId);
        if (!remarks.findByAgendaItemIdOrderByPositionAscIdAsc(itemId).isEmpty()
                || !resolutions.findByAgendaItemIdOrderByPositionAscIdAsc(itemId).isEmpty()) {
            throw DomainException.invalid("meeting.error.itemNotEmpty");
        }
        items.delete(item);
    }

    /** A unit's proposal, accepted until the deadline the secretariat set (or until the meeting is held). */
    public Proposal propose(Long meetingId, Long unitId, AgendaItemKind kind, String subject, String explanation,
                            CurrentUser user) {
        Meeting m = access.read(meetingId, user);
        if (!access.canManage(m, user) && !user.is(AccountRole.LIAISON)) {
            throw new tw.mainstream.shared.domain.ForbiddenException();
        }
        Long unit = user.is(AccountRole.LIAISON) ? user.unitId() : unitId;
        LocalDate today = LocalDate.now(clock);
        if (!m.getStatus().isBeforeMeeting()
                || (m.getProposalDeadline() != null && today.isAfter(m.getProposalDeadline()))) {
            throw DomainException.invalid("meeting.error.proposalClosed");
        }
        if (kind != AgendaItemKind.REPORT && kind != AgendaItemKind.DISCUSSION) {
            throw DomainException.invalid("meeting.error.proposalKind");
        }
        requireSubject(kind, subject);
        return proposals.save(new Proposal(meetingId, unit, kind, subject.strip(), MeetingService.trim(explanation),
                user.username(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<Proposal> proposals(Long meetingId, CurrentUser user) {
        access.read(meetingId, user);
        return proposals.findByMeetingIdOrderBySubmittedAtAscIdAsc(meetingId);
    }

    /** Accepting a proposal puts it on the agenda, at the end of its section. */
    public AgendaItem accept(Long meetingId, Long proposalId, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        Proposal p = proposal(meetingId, proposalId);
        if (p.getStatus() != ProposalStatus.SUBMITTED) {
            throw DomainException.invalid("meeting.error.proposalHandled");
        }
        String unitName = p.getUnitId() == null ? null : committee.unit(p.getUnitId()).map(UnitView::name).orElse(null);
        AgendaItem item = items.save(new AgendaItem(meetingId, p.getKind(), nextPosition(meetingId, p.getKind()), p.getSubject())
                .edit(p.getSubject(), p.getExplanation(), p.getUnitId(), unitName, 1, null).origin(null, p.getId()));
        p.accept(item.getId());
        return item;
    }

    public void reject(Long meetingId, Long proposalId, CurrentUser user) {
        access.manage(meetingId, user);
        Proposal p = proposal(meetingId, proposalId);
        if (p.getStatus() != ProposalStatus.SUBMITTED) {
            throw DomainException.invalid("meeting.error.proposalHandled");
        }
        p.reject();
    }

    /** Sets the order in which units give the special report, and the decision that set it. */
    public ReportRotation setRotation(Long taskForceId, Long agencyId, String basis, List<Long> unitIds, CurrentUser user) {
        user.requireManageAgency(agencyId);
        for (Long id : unitIds) {
            committee.unit(id).filter(u -> u.agencyId().equals(agencyId))
                    .orElseThrow(() -> DomainException.invalid("meeting.error.unit"));
        }
        ReportRotation r = rotations.findByTaskForceId(taskForceId).orElse(null);
        if (r == null) {
            return rotations.save(new ReportRotation(taskForceId, basis, unitIds));
        }
        r.edit(basis, unitIds);
        return r;
    }

    AgendaItem item(Long meetingId, Long itemId) {
        return items.findById(itemId).filter(i -> i.getMeetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("agendaItem", itemId));
    }

    private Proposal proposal(Long meetingId, Long proposalId) {
        return proposals.findById(proposalId).filter(p -> p.getMeetingId().equals(meetingId))
                .orElseThrow(() -> new NotFoundException("proposal", proposalId));
    }

    private int nextPosition(Long meetingId, AgendaItemKind kind) {
        return items.inAgendaOrder(meetingId).stream()
                .filter(i -> i.getKind() == kind).mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
    }

    private static void requireSubject(AgendaItemKind kind, String subject) {
        if (kind.isSubstantive() && (subject == null || subject.isBlank())) {
            throw DomainException.invalid("meeting.error.subjectRequired");
        }
    }
}
