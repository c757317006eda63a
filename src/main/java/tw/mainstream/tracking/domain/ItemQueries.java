package tw.mainstream.tracking.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.tracking.domain.TrackedItemDetailView.TimelineEntry;

/** An item with its reports, decisions and timeline (origin, reports, returns, rulings, decisions, by date). */
@Service
@Transactional(readOnly = true)
public class ItemQueries {

    private final TrackingService tracking;
    private final ProgressReportRepository reports;
    private final TrackingDecisionRepository decisions;
    private final TrackingEventRepository events;
    private final TrackingAttachmentRepository attachments;
    private final CommitteeApi committee;

    ItemQueries(TrackingService tracking, ProgressReportRepository reports, TrackingDecisionRepository decisions,
                TrackingEventRepository events, TrackingAttachmentRepository attachments, CommitteeApi committee) {
        this.tracking = tracking;
        this.reports = reports;
        this.decisions = decisions;
        this.events = events;
        this.attachments = attachments;
        this.committee = committee;
    }

    public TrackedItemDetailView detail(CurrentUser user, long id) {
        TrackedItem item = tracking.get(user, id);
        Map<Long, String> units = unitNames(item.getAgencyId());
        List<ProgressReport> rs = reports.findByItemIdOrderByRoundAscIdAsc(id);
        Map<Long, List<TrackingAttachmentView>> files = attachments.findByReportIdIn(rs.stream().map(ProgressReport::getId).toList())
                .stream().collect(Collectors.groupingBy(TrackingAttachment::getReportId, Collectors.mapping(
                        a -> new TrackingAttachmentView(a.getId(), a.getFilename(), a.getContentType(), a.getSizeBytes()),
                        Collectors.toList())));
        List<ProgressReportView> reportViews = rs.stream().map(r -> new ProgressReportView(r.getId(), r.getVersion(), r.getItemId(),
                r.getUnitId(), units.get(r.getUnitId()), r.getRound(), r.getText(), r.getProposal(), r.getStatus(),
                r.getSecretariatComment(), r.getSubmittedOn(), files.getOrDefault(r.getId(), List.of()))).toList();
        List<TrackingDecisionView> decisionViews = decisions.findByItemIdOrderByMeetingDateAsc(id).stream()
                .map(ItemQueries::view).toList();
        List<TimelineEntry> timeline = events.findByItemIdOrderByOccurredOnAscOccurredAtAscIdAsc(id).stream()
                .map(e -> new TimelineEntry(e.getOccurredOn(), e.getKind(), e.getActor(),
                        e.getUnitId() == null ? null : units.get(e.getUnitId()), e.getProposal(), e.getText()))
                .sorted(Comparator.comparing(TimelineEntry::on)).toList();
        return new TrackedItemDetailView(view(item, units), reportViews, decisionViews, timeline);
    }

    public List<TrackedItemView> visible(CurrentUser user) {
        return tracking.visible(user).stream()
                .map(i -> view(i, unitNames(i.getAgencyId()))).toList();
    }

    public Map<Long, String> unitNames(Long agencyId) {
        return committee.units(agencyId).stream().collect(Collectors.toMap(UnitView::id, UnitView::name,
                (a, b) -> a));
    }

    public static TrackedItemView view(TrackedItem i, Map<Long, String> units) {
        return new TrackedItemView(i.getId(), i.getVersion(), i.getAgencyId(), i.getTaskForceId(), i.getContent(),
                i.getLeadUnitId(), units.get(i.getLeadUnitId()), i.getSupportingUnitIds(),
                i.getSupportingUnitIds().stream().map(units::get).sorted().toList(), i.getDueKind(), i.getDueDate(),
                i.getOriginMeetingId(), i.getOriginAgendaItemId(), i.getOriginResolutionId(), i.getOriginLabel(),
                i.getOriginDate(), i.getRemarks(), i.getStatus(), i.getRound(), i.getClosedOn(),
                i.getClosedMeetingLabel());
    }

    static TrackingDecisionView view(TrackingDecision d) {
        return new TrackingDecisionView(d.getId(), d.getMeetingId(), d.getMeetingDate(), d.getMeetingLabel(), d.getKind(),
                d.getRemarks(), d.getNewInstructions());
    }

}
