package tw.mainstream.tracking.domain;

import tw.mainstream.shared.cache.ViewCaches;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.tracking.TrackedItemClosed;

/** Records a meeting's decision per item: the only path by which an item closes ({@link TrackedItemClosed}). */
@Service
@Transactional
public class DecisionService {

    private final TrackingService tracking;
    private final TrackedItemRepository items;
    private final TrackingDecisionRepository decisions;
    private final TrackingEventRepository events;
    private final Clock clock;
    private final ViewCaches cache;
    private final ApplicationEventPublisher publisher;

    DecisionService(TrackingService tracking, TrackedItemRepository items, TrackingDecisionRepository decisions,
                    TrackingEventRepository events, Clock clock, ViewCaches cache, ApplicationEventPublisher publisher) {
        this.cache = cache;
        this.publisher = publisher;
        this.tracking = tracking;
        this.items = items;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    /** The meeting's decision, recorded by the secretariat of the item's agency. */
    public TrackingDecision decide(CurrentUser user, long itemId, MeetingRef meeting, DecisionKind kind, String remarks,
                                   String newInstructions) {
        TrackedItem item = tracking.get(user, itemId);
        TrackingScope.requireManage(user, item);
        return record(item, meeting, kind, remarks, newInstructions, user.displayName());
    }

    /** Called by the meeting integration, which has checked its own permissions. */
    public TrackingDecision decideUnchecked(long itemId, MeetingRef meeting, DecisionKind kind, String remarks,
                                            String newInstructions, String actor) {
        TrackedItem item = items.findById(itemId).orElseThrow(() -> new NotFoundException("trackedItem", itemId));
        return record(item, meeting, kind, remarks, newInstructions, actor);
    }

    private TrackingDecision record(TrackedItem item, MeetingRef meeting, DecisionKind kind, String remarks,
                                    String newInstructions, String actor) {
        if (kind == null || meeting == null || meeting.date() == null || meeting.label() == null
                || meeting.label().isBlank()) {
            throw DomainException.invalid("tracking.error.decisionIncomplete");
        }
        item.requireOpen();
        if (meeting.date().isBefore(item.getOriginDate())) {
            throw DomainException.invalid("tracking.error.decisionBeforeOrigin");
        }
        if (decisions.existsByItemIdAndMeetingDate(item.getId(), meeting.date())) {
            throw DomainException.invalid("tracking.error.alreadyDecided");
        }
        cache.clear(TrackingCaches.VIEWS);
        TrackingDecision d = decisions.save(TrackingDecision.decide(item, meeting.id(), meeting.date(), meeting.label(),
                kind, remarks, newInstructions, clock.instant()));
        String text = meeting.label() + (d.getRemarks() == null ? "" : "｜" + d.getRemarks())
                + (d.getNewInstructions() == null ? "" : "｜" + d.getNewInstructions());
        events.save(new TrackingEvent(item.getId(), meeting.date(), clock.instant(),
                kind == DecisionKind.CLOSE ? EventKind.DECIDED_CLOSE : EventKind.DECIDED_CONTINUE, actor, null, text));
        if (kind == DecisionKind.CLOSE) {
            publisher.publishEvent(new TrackedItemClosed(item.getId(), item.getAgencyId(), item.getTaskForceId(),
                    meeting.id(), meeting.date(), meeting.label()));
        }
        return d;
    }

    /** The meeting that decides: an id in the meeting module when there is one, its date and label. */
    public record MeetingRef(Long id, LocalDate date, String label) {
    }
}
