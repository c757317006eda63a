package tw.mainstream.meeting.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.meeting.MeetingStatus;

/**
 * The reports earlier meetings asked for (「請於下次會議安排報告」) that no later agenda has taken
 * yet. What is still open to follow up is not decided here: the tracked items are the one record.
 */
@Component
public class OpenResolutions {

    private static final Set<MeetingStatus> HELD = Set.of(MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT,
            MeetingStatus.CIRCULATED, MeetingStatus.CONFIRMED, MeetingStatus.PUBLISHED);

    /** A resolution with the meeting and item it belongs to. */
    public record Entry(Meeting meeting, AgendaItem item, Resolution resolution) {
    }

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final ResolutionRepository resolutions;

    OpenResolutions(MeetingRepository meetings, AgendaItemRepository items, ResolutionRepository resolutions) {
        this.meetings = meetings;
        this.items = items;
        this.resolutions = resolutions;
    }

    /** Resolutions that asked for a report at the next meeting (「請於下次會議安排報告」) not yet on an agenda. */
    @Transactional(readOnly = true)
    public List<Entry> reportRequests(Long taskForceId, Long exceptMeetingId) {
        return all(taskForceId, exceptMeetingId).stream().filter(e -> e.resolution().isReportNextMeeting()).toList();
    }

    private List<Entry> all(Long taskForceId, Long exceptMeetingId) {
        Map<Long, Meeting> held = meetings.findByTaskForceIdOrderByMeetingDateDescIdDesc(taskForceId).stream()
                .filter(m -> HELD.contains(m.getStatus()) && !m.getId().equals(exceptMeetingId))
                .collect(Collectors.toMap(Meeting::getId, Function.identity()));
        if (held.isEmpty()) {
            return List.of();
        }
        Map<Long, AgendaItem> itemById = items.findByMeetingIdIn(held.keySet()).stream()
                .collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
        List<Resolution> all = resolutions.findByAgendaItemIdInOrderByPositionAscIdAsc(itemById.keySet());
        Set<Long> ids = all.stream().map(Resolution::getId).collect(Collectors.toSet());
        List<AgendaItem> followUps = items.findByOriginResolutionIdIn(ids);
        Set<Long> decided = resolutions.findByAgendaItemIdInOrderByPositionAscIdAsc(
                followUps.stream().map(AgendaItem::getId).toList()).stream()
                .map(Resolution::getAgendaItemId).collect(Collectors.toSet());
        Set<Long> superseded = followUps.stream().filter(i -> decided.contains(i.getId()))
                .map(AgendaItem::getOriginResolutionId).collect(Collectors.toSet());
        return all.stream().filter(r -> !superseded.contains(r.getId()))
                .map(r -> {
                    AgendaItem item = itemById.get(r.getAgendaItemId());
                    return new Entry(held.get(item.getMeetingId()), item, r);
                })
                .sorted(Comparator.comparing((Entry e) -> e.meeting().getMeetingDate())
                        .thenComparing(e -> e.item().getKind()).thenComparing(e -> e.item().getPosition())
                        .thenComparing(e -> e.resolution().getPosition()))
                .toList();
    }
}
