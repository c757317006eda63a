package tw.mainstream.tracking.domain;

import tw.mainstream.shared.cache.ViewCaches;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/** Per task force settings: follow-up columns and their order, next meeting date, reminder days. */
@Service
@Transactional
public class SettingService {

    private final TrackingSettingRepository settings;
    private final CommitteeApi committee;
    private final ViewCaches cache;

    SettingService(TrackingSettingRepository settings, CommitteeApi committee, ViewCaches cache) {
        this.cache = cache;
        this.settings = settings;
        this.committee = committee;
    }

    /** The stored setting, or the defaults (not saved) when none was stored yet. */
    @Transactional(readOnly = true)
    public TrackingSetting of(Long taskForceId) {
        return settings.findById(taskForceId).orElseGet(() -> new TrackingSetting(taskForceId));
    }

    /**
     * Minutes of a meeting on {@code meetingDate} were confirmed: a stored next meeting date on or before
     * it named that meeting, so it is cleared (items continued there are due at the next meeting, not
     * at the one just held).
     */
    void meetingHeld(Long taskForceId, LocalDate meetingDate) {
        settings.findById(taskForceId).ifPresent(s -> {
            s.meetingHeld(meetingDate);
            cache.clear(TrackingCaches.VIEWS);
        });
    }

    public TrackingSetting update(CurrentUser user, Long taskForceId, List<FollowUpColumn> columns,
                                  LocalDate nextMeetingDate, int reminderDays) {
        TaskForceView tf = committee.taskForce(taskForceId)
                .orElseThrow(() -> new NotFoundException("taskForce", taskForceId));
        user.requireManageAgency(tf.agencyId());
        TrackingSetting s = settings.findById(taskForceId).orElseGet(() -> new TrackingSetting(taskForceId));
        s.update(columns, nextMeetingDate, reminderDays);
        cache.clear(TrackingCaches.VIEWS);
        return settings.save(s);
    }
}
