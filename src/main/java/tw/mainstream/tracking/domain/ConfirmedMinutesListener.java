package tw.mainstream.tracking.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tw.mainstream.meeting.MinutesConfirmed;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.tracking.domain.DecisionService.MeetingRef;

/**
 * Confirmed minutes drive tracking, inside the confirming transaction (a failure here undoes the
 * confirmation): each follow-up decision is applied to its tracked item (解除列管 closes it, 繼續列管
 * opens its next round), and every other resolution that leaves work (not 洽悉, not 解除列管) and
 * names a unit opens a tracked item for that unit, once. Confirming again after a correction
 * changes nothing already applied. A stored next meeting date the meeting has reached is cleared.
 */
@Component
class ConfirmedMinutesListener {
    private static final Logger log = LoggerFactory.getLogger(ConfirmedMinutesListener.class);

    private final TrackingService tracking;
    private final DecisionService decisions;
    private final TrackedItemRepository items;
    private final TrackingDecisionRepository decided;
    private final SettingService settings;

    ConfirmedMinutesListener(TrackingService tracking, DecisionService decisions, TrackedItemRepository items,
                             TrackingDecisionRepository decided, SettingService settings) {
        this.settings = settings;
        this.tracking = tracking;
        this.decisions = decisions;
        this.items = items;
        this.decided = decided;
    }

    @EventListener
    public void on(MinutesConfirmed event) {
        MeetingRef meeting = new MeetingRef(event.meetingId(), event.meetingDate(), event.meetingLabel());
        for (MinutesConfirmed.FollowUpDecision d : event.decisions()) {
            decide(meeting, d, event.actor());
        }
        for (MinutesConfirmed.ConfirmedResolution r : event.resolutions()) {
            if (r.trackedItemId() == null && r.outcome() != null && !r.outcome().isFinal()) {
                open(event, r);
            }
        }
        settings.meetingHeld(event.taskForceId(), event.meetingDate());
    }

    private void decide(MeetingRef meeting, MinutesConfirmed.FollowUpDecision d, String actor) {
        TrackedItem item = items.findById(d.trackedItemId())
                .orElseThrow(() -> new NotFoundException("trackedItem", d.trackedItemId()));
        if (decided.existsByItemIdAndMeetingDate(item.getId(), meeting.date())) {
            return;
        }
        decisions.decideUnchecked(item.getId(), meeting, d.close() ? DecisionKind.CLOSE : DecisionKind.CONTINUE,
                newLines(d.remarks(), item), d.instructions(), actor);
    }

    /** The entry's remarks without the lines the entry was generated with (earlier meetings' remarks). */
    private String newLines(String remarks, TrackedItem item) {
        if (remarks == null || remarks.isBlank()) {
            return null;
        }
        Set<String> known = Set.copyOf(Arrays.asList(FollowUpService.remarks(item,
                decided.findByItemIdOrderByMeetingDateAsc(item.getId())).split("\n")));
        String fresh = remarks.lines().filter(l -> !known.contains(l)).collect(Collectors.joining("\n")).strip();
        return fresh.isEmpty() ? null : fresh;
    }

    private void open(MinutesConfirmed event, MinutesConfirmed.ConfirmedResolution r) {
        Long lead = r.leadUnitId() != null ? r.leadUnitId() : r.unitId();
        if (lead == null) {
            log.info("Resolution {} names no unit: no tracked item opened", r.resolutionId());
            return;
        }
        tracking.openFromResolution(event.taskForceId(), new Origin(event.meetingId(), r.agendaItemId(),
                r.resolutionId(), event.meetingLabel(), event.meetingDate()), r.text(), lead, Set.of(), event.actor());
    }
}
