package tw.mainstream.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.tracking.domain.DecisionKind;
import tw.mainstream.tracking.domain.FollowUpService;
import tw.mainstream.tracking.domain.FollowUpTable;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.TrackingService;

/**
 * The tracking module's facade for other modules (document, search, and the meeting integration):
 * the follow-up table of a meeting as plain text cells and opening items from a resolution. A
 * meeting's decisions reach tracking as the {@code MinutesConfirmed} event, not through here.
 */
@Service
@Transactional
public class TrackingApi {

    private final FollowUpService followUp;
    private final TrackingService tracking;
    private final MessageSource messages;

    TrackingApi(FollowUpService followUp, TrackingService tracking, MessageSource messages) {
        this.followUp = followUp;
        this.tracking = tracking;
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
     * item already opened. Used by the import of past minutes.
     */
    public Long openFromResolution(Long taskForceId, Long meetingId, Long agendaItemId, Long resolutionId,
                                   LocalDate meetingDate, String meetingLabel, String content, Long leadUnitId,
                                   Set<Long> supportingUnitIds, String actor) {
        return tracking.openFromResolution(taskForceId, new Origin(meetingId, agendaItemId, resolutionId, meetingLabel,
                meetingDate), content, leadUnitId, supportingUnitIds, actor).getId();
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
