package tw.mainstream.tracking.domain;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.MinutesConfirmed;
import tw.mainstream.meeting.MinutesConfirmed.ConfirmedResolution;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.tracking.TrackingApi;

/**
 * Confirmed minutes drive tracking, inside the confirming transaction: a follow-up item's
 * 解除列管 / 繼續列管 decides the tracked items opened from the resolution it follows up, and
 * every other resolution that leaves work (not 洽悉, not 解除列管) and names a unit opens a
 * tracked item for that unit, once. The demo loader's historical meetings are skipped: their
 * tracked items are loaded with their real history by the tracking demo data.
 */
@Component
class ConfirmedMinutesListener {
    private static final Logger log = LoggerFactory.getLogger(ConfirmedMinutesListener.class);
    private static final Set<String> HISTORICAL_LOADERS = Set.of("demo-loader");

    private final TrackingApi tracking;
    private final TrackedItemRepository items;

    ConfirmedMinutesListener(TrackingApi tracking, TrackedItemRepository items) {
        this.tracking = tracking;
        this.items = items;
    }

    @EventListener
    public void on(MinutesConfirmed event) {
        if (HISTORICAL_LOADERS.contains(event.actor())) {
            return;
        }
        for (ConfirmedResolution r : event.resolutions()) {
            if (r.itemKind() == AgendaItemKind.FOLLOW_UP && r.originResolutionId() != null) {
                decide(event, r);
            } else if (r.outcome() != null && !r.outcome().isFinal()) {
                open(event, r);
            }
        }
    }

    private void decide(MinutesConfirmed event, ConfirmedResolution r) {
        if (r.outcome() != ResolutionOutcome.CLOSED && r.outcome() != ResolutionOutcome.CONTINUED) {
            return;
        }
        for (TrackedItem item : items.findByOriginResolutionId(r.originResolutionId())) {
            if (!item.isClosed()) {
                tracking.recordDecision(item.getId(), event.meetingId(), event.meetingDate(), event.meetingLabel(),
                        r.outcome() == ResolutionOutcome.CLOSED, r.text(), null, event.actor());
            }
        }
    }

    private void open(MinutesConfirmed event, ConfirmedResolution r) {
        Long lead = r.leadUnitId() != null ? r.leadUnitId() : r.unitId();
        if (lead == null) {
            log.info("Resolution {} names no unit: no tracked item opened", r.resolutionId());
            return;
        }
        tracking.openFromResolution(event.taskForceId(), event.meetingId(), r.agendaItemId(), r.resolutionId(),
                event.meetingDate(), event.meetingLabel(), r.text(), lead, Set.of(), event.actor());
    }
}
