package tw.mainstream.meeting.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.OpenTrackedItem;
import tw.mainstream.meeting.OpenTrackedItems;
import tw.mainstream.shared.i18n.MessageSourceConfig;

/**
 * Builds the first agenda of a new meeting from what is pending: the fixed parts, the follow-up of
 * the task force's open tracked items (one entry, or one row of the table, per item), the reports
 * earlier meetings asked for, and the special report of the unit whose turn it is. Proposals and
 * extempore motions are added later.
 */
@Component
class AgendaAssembler {

    private final AgendaItemRepository items;
    private final FollowUpRowRepository rows;
    private final OpenResolutions open;
    private final ObjectProvider<OpenTrackedItems> tracked;
    private final ReportRotationRepository rotations;
    private final MeetingRepository meetings;
    private final CommitteeApi committee;
    private final MessageSource messages;

    AgendaAssembler(AgendaItemRepository items, FollowUpRowRepository rows, OpenResolutions open,
                    ObjectProvider<OpenTrackedItems> tracked, ReportRotationRepository rotations, MeetingRepository meetings, CommitteeApi committee,
                    MessageSource messages) {
        this.items = items;
        this.rows = rows;
        this.open = open;
        this.tracked = tracked;
        this.rotations = rotations;
        this.meetings = meetings;
        this.committee = committee;
        this.messages = messages;
    }

    void assemble(Meeting m) {
        int pos = 0;
        items.save(new AgendaItem(m.getId(), AgendaItemKind.ANNOUNCE, ++pos, null));
        items.save(new AgendaItem(m.getId(), AgendaItemKind.CHAIR_REMARKS, ++pos, null));
        items.save(new AgendaItem(m.getId(), AgendaItemKind.CONFIRM_PREVIOUS, ++pos, null));
        followUp(m);
        pos = 0;
        for (OpenResolutions.Entry e : open.reportRequests(m.getTaskForceId(), m.getId())) {
            items.save(new AgendaItem(m.getId(), AgendaItemKind.REPORT, ++pos, e.item().getSubject())
                    .edit(e.item().getSubject(), null, e.resolution().getLeadUnitId(), unitName(e.resolution().getLeadUnitId()), 1, null)
                    .origin(e.resolution().getId(), null));
        }
        specialReport(m);
    }

    private void followUp(Meeting m) {
        OpenTrackedItems source = tracked.getIfAvailable();
        List<OpenTrackedItem> open = source == null ? List.of() : source.openBefore(m.getTaskForceId(), m.getMeetingDate());
        if (m.getStyle() == MeetingStyle.CASES) {
            AgendaItem table = items.save(new AgendaItem(m.getId(), AgendaItemKind.FOLLOW_UP, 1,
                    text("meeting.agenda.followUpTable")));
            int pos = 0;
            for (OpenTrackedItem t : open) {
                rows.save(new FollowUpRow(table.getId(), ++pos).edit(t.originDate(), t.content(),
                        unitName(t.leadUnitId()), t.progress(), t.note(), null, t.originResolutionId())
                        .tracks(t.id()));
            }
            return;
        }
        Map<Long, AgendaItem> origins = items.findAllById(open.stream().map(OpenTrackedItem::originAgendaItemId)
                .filter(java.util.Objects::nonNull).toList()).stream()
                .collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
        int pos = 0;
        for (OpenTrackedItem t : open) {
            AgendaItem origin = t.originAgendaItemId() == null ? null : origins.get(t.originAgendaItemId());
            String subject = text("meeting.agenda.followUpSubject", origin == null
                    ? FollowUpTitles.of(null, null, t.content())
                    : FollowUpTitles.of(origin.getSubject(), origin.getExplanation(), t.content()));
            items.save(new AgendaItem(m.getId(), AgendaItemKind.FOLLOW_UP, ++pos, subject)
                    .edit(subject, t.progress(), t.leadUnitId(), unitName(t.leadUnitId()), 1, null)
                    .origin(t.originResolutionId(), null).tracks(t.id()));
        }
    }

    /** The unit after the one that gave the last special report, with 「依據…決議，本次輪由○○報告」. */
    private void specialReport(Meeting m) {
        ReportRotation rotation = rotations.findByTaskForceId(m.getTaskForceId()).orElse(null);
        if (rotation == null || rotation.unitOrder().isEmpty()) {
            return;
        }
        Long next = rotation.next(lastReported(m));
        String unit = unitName(next);
        String explanation = text("meeting.agenda.rotationBasis", rotation.getBasis() == null ? "" : rotation.getBasis(), unit)
                + "\n" + text("meeting.agenda.reportTopic");
        items.save(new AgendaItem(m.getId(), AgendaItemKind.SPECIAL_REPORT, 1, text("meeting.agenda.specialReport"))
                .edit(text("meeting.agenda.specialReport"), explanation, next, unit, 1, null));
    }

    private Long lastReported(Meeting current) {
        Map<Long, Meeting> earlier = meetings.findByTaskForceIdOrderByMeetingDateDescIdDesc(current.getTaskForceId())
                .stream().filter(x -> !x.getId().equals(current.getId()))
                .collect(Collectors.toMap(Meeting::getId, Function.identity()));
        Set<Long> ids = earlier.keySet();
        return items.findByMeetingIdIn(ids).stream()
                .filter(i -> i.getKind() == AgendaItemKind.SPECIAL_REPORT && i.getUnitId() != null)
                .max(java.util.Comparator.comparing((AgendaItem i) -> earlier.get(i.getMeetingId()).getMeetingDate())
                        .thenComparing(AgendaItem::getId))
                .map(AgendaItem::getUnitId).orElse(null);
    }

    private String unitName(Long unitId) {
        return unitId == null ? null : committee.unit(unitId).map(UnitView::name).orElse(null);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, MessageSourceConfig.DEFAULT_LOCALE);
    }
}
