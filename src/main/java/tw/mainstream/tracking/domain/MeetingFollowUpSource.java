package tw.mainstream.tracking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.meeting.OpenTrackedItem;
import tw.mainstream.meeting.OpenTrackedItems;

/**
 * What the meeting module's agenda follows up: the task force's open tracked items opened before the
 * meeting, each with its current round's reports (as the follow-up table shows them) and its remarks.
 */
@Component
class MeetingFollowUpSource implements OpenTrackedItems {

    private final TrackedItemRepository items;
    private final ProgressReportRepository reports;
    private final TrackingDecisionRepository decisions;
    private final CommitteeApi committee;

    MeetingFollowUpSource(TrackedItemRepository items, ProgressReportRepository reports,
                          TrackingDecisionRepository decisions, CommitteeApi committee) {
        this.items = items;
        this.reports = reports;
        this.decisions = decisions;
        this.committee = committee;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenTrackedItem> openBefore(Long taskForceId, LocalDate meetingDate) {
        List<TrackedItem> open = items.findByTaskForceIdAndStatusOrderByOriginDateAscIdAsc(taskForceId, ItemStatus.OPEN)
                .stream().filter(i -> meetingDate == null || i.getOriginDate().isBefore(meetingDate)).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<Long> ids = open.stream().map(TrackedItem::getId).toList();
        Map<Long, List<ProgressReport>> reportsBy = reports.findByItemIdIn(ids).stream()
                .collect(Collectors.groupingBy(ProgressReport::getItemId));
        Map<Long, List<TrackingDecision>> decisionsBy = decisions.findByItemIdIn(ids).stream()
                .sorted(java.util.Comparator.comparing(TrackingDecision::getMeetingDate))
                .collect(Collectors.groupingBy(TrackingDecision::getItemId));
        Map<Long, String> units = committee.units(open.get(0).getAgencyId()).stream()
                .collect(Collectors.toMap(u -> u.id(), u -> u.name(), (a, b) -> a));
        return open.stream().map(i -> {
            var current = FollowUpService.current(i, reportsBy.getOrDefault(i.getId(), List.of()), i.getRound());
            String progress = current.isEmpty() ? null : FollowUpService.progress(current, units);
            String note = FollowUpService.remarks(i, decisionsBy.getOrDefault(i.getId(), List.of()));
            return new OpenTrackedItem(i.getId(), i.getOriginDate(), i.getOriginAgendaItemId(),
                    i.getOriginResolutionId(), i.getOriginLabel(), i.getContent(), i.getLeadUnitId(), progress,
                    note.isBlank() ? null : note);
        }).toList();
    }
}
