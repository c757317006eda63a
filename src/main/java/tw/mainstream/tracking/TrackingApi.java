package tw.mainstream.tracking;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.TrackingService;

/**
 * The tracking module's facade for other modules: opening items from a resolution (the import of
 * past minutes). A meeting's decisions reach tracking as the {@code MinutesConfirmed} event, not
 * through here.
 */
@Service
@Transactional
public class TrackingApi {

    private final TrackingService tracking;

    TrackingApi(TrackingService tracking) {
        this.tracking = tracking;
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
}
