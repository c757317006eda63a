package tw.mainstream.tracking.domain;

import tw.mainstream.shared.cache.ViewCaches;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.committee.UnitView;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/** Opening, editing and reading tracked items, with the scope checks of {@link TrackingScope}. */
@Service
@Transactional
public class TrackingService {

    private final TrackedItemRepository items;
    private final TrackingEventRepository events;
    private final CommitteeApi committee;
    private final Clock clock;
    private final ViewCaches cache;

    TrackingService(TrackedItemRepository items, TrackingEventRepository events, CommitteeApi committee, Clock clock,
                    ViewCaches cache) {
        this.cache = cache;
        this.items = items;
        this.events = events;
        this.committee = committee;
        this.clock = clock;
    }

    public TrackedItem open(CurrentUser user, OpenItemCommand cmd) {
        TaskForceView tf = committee.taskForce(cmd.taskForceId())
                .orElseThrow(() -> new NotFoundException("taskForce", cmd.taskForceId()));
        user.requireManageAgency(tf.agencyId());
        return openUnchecked(tf.agencyId(), cmd, user.displayName());
    }

    /** Used by the meeting integration: the meeting module has checked its own permissions. */
    public TrackedItem openUnchecked(Long agencyId, OpenItemCommand cmd, String actor) {
        validate(agencyId, cmd.content(), cmd.leadUnitId(), cmd.supportingUnitIds());
        if (cmd.origin() == null || cmd.origin().label() == null || cmd.origin().label().isBlank()
                || cmd.origin().date() == null) {
            throw DomainException.invalid("tracking.error.originRequired");
        }
        cache.clear(TrackingCaches.VIEWS);
        TrackedItem item = items.save(new TrackedItem(agencyId, cmd.taskForceId(), cmd.content().strip(),
                cmd.leadUnitId(), cmd.supportingUnitIds(), cmd.dueKind(), cmd.dueDate(), cmd.origin(), clock.instant()));
        events.save(new TrackingEvent(item.getId(), cmd.origin().date(), clock.instant(), EventKind.OPENED, actor,
                cmd.leadUnitId(), cmd.origin().label()));
        return item;
    }

    /**
     * Opens the item a resolution asks for, once: a second call for the same resolution returns the
     * item already opened. For the meeting integration and the import of past minutes.
     */
    public TrackedItem openFromResolution(Long taskForceId, Origin origin, String content, Long leadUnitId,
                                          Set<Long> supportingUnitIds, String actor) {
        if (origin.resolutionId() != null) {
            var existing = items.findByOriginResolutionId(origin.resolutionId());
            if (!existing.isEmpty()) {
                return existing.get(0);
            }
        }
        Long agencyId = committee.taskForce(taskForceId).orElseThrow(() -> new NotFoundException("taskForce", taskForceId))
                .agencyId();
        return openUnchecked(agencyId, new OpenItemCommand(taskForceId, content, leadUnitId,
                supportingUnitIds == null ? Set.of() : supportingUnitIds, DueKind.NEXT_MEETING, null, origin), actor);
    }

    public TrackedItem edit(CurrentUser user, long id, long expectedVersion, String content, Long leadUnitId,
                            Set<Long> supporting, DueKind dueKind, LocalDate dueDate, String remarks) {
        TrackedItem item = get(user, id);
        TrackingScope.requireManage(user, item);
        item.requireOpen();
        item.checkVersion(expectedVersion);
        validate(item.getAgencyId(), content, leadUnitId, supporting);
        item.edit(content.strip(), leadUnitId, supporting, dueKind, dueDate, remarks);
        cache.clear(TrackingCaches.VIEWS);
        return item;
    }

    /** A remark or ruling noted on the item's timeline (e.g. a chair's ruling between meetings). */
    public void addRemark(CurrentUser user, long id, LocalDate on, String text) {
        TrackedItem item = get(user, id);
        TrackingScope.requireManage(user, item);
        if (text == null || text.isBlank() || on == null) {
            throw DomainException.invalid("tracking.error.remarkRequired");
        }
        events.save(new TrackingEvent(id, on, clock.instant(), EventKind.REMARK, user.displayName(), null, text.strip()));
    }

    @Transactional(readOnly = true)
    public TrackedItem get(CurrentUser user, long id) {
        TrackedItem item = items.findById(id).orElseThrow(() -> new NotFoundException("trackedItem", id));
        TrackingScope.requireSee(user, item);
        return item;
    }

    /** Items the user may see, open first; a liaison gets only their unit's. */
    @Transactional(readOnly = true)
    public List<TrackedItem> visible(CurrentUser user) {
        if (user.isAdmin()) {
            return items.findAll();
        }
        if (user.unitId() != null && user.is(tw.mainstream.shared.security.AccountRole.LIAISON)) {
            return items.findForUnit(user.agencyId(), user.unitId());
        }
        return items.findByAgencyIdInOrderByStatusDescOriginDateAscIdAsc(user.readableAgencies());
    }

    private void validate(Long agencyId, String content, Long leadUnitId, Set<Long> supporting) {
        if (content == null || content.isBlank()) {
            throw DomainException.invalid("tracking.error.contentRequired");
        }
        List<Long> unitIds = committee.units(agencyId).stream().map(UnitView::id).toList();
        if (leadUnitId == null || !unitIds.contains(leadUnitId) || !unitIds.containsAll(supporting)) {
            throw DomainException.invalid("tracking.error.unitOutsideAgency");
        }
    }
}
