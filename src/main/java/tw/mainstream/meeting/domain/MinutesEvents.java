package tw.mainstream.meeting.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tw.mainstream.meeting.MinutesConfirmed;
import tw.mainstream.meeting.MinutesConfirmed.ConfirmedResolution;
import tw.mainstream.meeting.MinutesConfirmed.FollowUpDecision;

/** Announces confirmed minutes with their resolutions and follow-up decisions, for the tracking module. */
@Component
class MinutesEvents {
    private final AgendaItemRepository items;
    private final ResolutionRepository resolutions;
    private final MinutesAssembler assembler;
    private final ApplicationEventPublisher events;

    MinutesEvents(AgendaItemRepository items, ResolutionRepository resolutions, MinutesAssembler assembler,
                  ApplicationEventPublisher events) {
        this.items = items;
        this.resolutions = resolutions;
        this.assembler = assembler;
        this.events = events;
    }

    void confirmed(Meeting m, List<FollowUpDecision> decisions, String actor) {
        Map<Long, AgendaItem> byId = items.inAgendaOrder(m.getId()).stream()
                .collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
        List<ConfirmedResolution> list = resolutions.findByAgendaItemIdInOrderByPositionAscIdAsc(byId.keySet()).stream()
                .map(r -> {
                    AgendaItem i = byId.get(r.getAgendaItemId());
                    return new ConfirmedResolution(r.getId(), i.getId(), i.getKind(), i.getSubject(),
                            i.getOriginResolutionId(), i.getTrackedItemId(), i.getUnitId(), r.getOutcome(), r.getText(),
                            r.getLeadUnitId());
                }).toList();
        events.publishEvent(new MinutesConfirmed(m.getId(), m.getTaskForceId(), m.getMeetingDate(),
                assembler.number(m), actor, list, decisions));
    }
}
