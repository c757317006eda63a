package tw.mainstream.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.tracking.domain.DecisionKind;
import tw.mainstream.tracking.domain.DecisionService;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.FollowUpService;
import tw.mainstream.tracking.domain.FollowUpTable;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.TrackedItemRepository;
import tw.mainstream.tracking.domain.TrackingService;

/**
 * The tracking module's facade for other modules (document, search, and the meeting integration):
 * the follow-up table of a meeting as plain text cells, opening items from a resolution, and
 * recording a meeting's decision on an item.
 */
@Service
@Transactional
public class TrackingApi {

    private final FollowUpService followUp;
    private final TrackingService tracking;
    private final DecisionService decisions;
    private final TrackedItemRepository items;
    private final CommitteeApi committee;
    private final MessageSource messages;

    TrackingApi(FollowUpService followUp, TrackingService tracking, DecisionService decisions,
                TrackedItemRepository items, CommitteeApi committee, MessageSource messages) {
        this.followUp = followUp;
        this.tracking = tracking;
        this.decisions = decisions;
        this.items = items;
        this.committee = committee;
        this.messages = messages;
    }

    /** The follow-up table of a meeting (null date: the next meeting), scoped to the reader. */
    @Transactional(readOnly = true)
    public FollowUpView followUp(Long taskForceId, LocalDate meetingDate, CurrentUser user) {
        return view(followUp.table(user, taskForceId, meetingDate));
    }

    /** The same for a module that checked scope itself (e.g. the agenda of a meeting). */
    @Transactional(readOnly = true)
    public FollowUpView followUp(Long taskForceId, LocalDate meetingDate) {
        return view(followUp.tableUnchecked(taskForceId, meetingDate));
    }

    /**
     * Opens a tracked item from a resolution, once: a second call for the same resolution returns the
     * item already opened. Used by the meeting integration after the minutes record the resolution.
     */
    public Long openFromResolution(Long taskForceId, Long meetingId, Long agendaItemId, Long resolutionId,
                                   LocalDate meetingDate, String meetingLabel, String content, Long leadUnitId,
                                   Set<Long> supportingUnitIds, String actor) {
        var existing = items.findByOriginResolutionId(resolutionId);
        if (resolutionId != null && !existing.isEmpty()) {
            return existing.get(0).getId();
        }
        Long agencyId = committee.taskForce(taskForceId).orElseThrow(() -> new NotFoundException("taskForce", taskForceId))
                .agencyId();
        return tracking.openUnchecked(agencyId, new OpenItemCommand(taskForceId, content, leadUnitId,
                supportingUnitIds == null ? Set.of() : supportingUnitIds, DueKind.NEXT_MEETING, null,
                new Origin(meetingId, agendaItemId, resolutionId, meetingLabel, meetingDate)), actor).getId();
    }

    /** Records a meeting's decision: {@code close} true for 解除列管, false for 繼續列管. */
    public void recordDecision(Long itemId, Long meetingId, LocalDate meetingDate, String meetingLabel, boolean close,
                               String remarks, String newInstructions, String actor) {
        decisions.decideUnchecked(itemId, new DecisionService.MeetingRef(meetingId, meetingDate, meetingLabel),
                close ? DecisionKind.CLOSE : DecisionKind.CONTINUE, remarks, newInstructions, actor);
    }

    private FollowUpView view(FollowUpTable t) {
        var locale = LocaleContextHolder.getLocale();
        List<String> headers = t.columns().stream()
                .map(c -> messages.getMessage("tracking.column." + c.name(), null, locale)).toList();
        List<FollowUpView.Row> rows = t.rows().stream().map(r -> new FollowUpView.Row(r.itemId(), r.closed(),
                r.decided() == null ? null : r.decided() == DecisionKind.CLOSE, r.cells())).toList();
        return new FollowUpView(t.taskForceId(), t.meetingDate(), headers, rows);
    }
}
