package tw.mainstream.meeting.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.meeting.domain.MeetingRepository;

/**
 * The meetings before the two examples (after the committee demo): confirming them opens the tracked
 * items the examples follow up. The tracking demo (40) then files the units' reports, and
 * {@link MeetingExampleData} (50) holds the example meetings. Skipped when the task forces are
 * missing or already have meetings, so it runs once.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "mainstream.demo.enabled", havingValue = "true")
class MeetingDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MeetingDemoData.class);

    private final CommitteeApi committee;
    private final MeetingRepository meetings;
    private final NiaDemo nia;
    private final TaipeiDemo taipei;

    MeetingDemoData(CommitteeApi committee, MeetingRepository meetings, NiaDemo nia, TaipeiDemo taipei) {
        this.committee = committee;
        this.meetings = meetings;
        this.nia = nia;
        this.taipei = taipei;
    }

    @Override
    public void run(ApplicationArguments args) {
        load("內政部移民署", nia::history);
        load("臺北市政府資訊局", taipei::history);
    }

    private void load(String agencyName, java.util.function.Consumer<TaskForceView> loader) {
        List<TaskForceView> taskForces = committee.agencyByName(agencyName).map(AgencyView::id)
                .map(committee::taskForcesOf).orElse(List.of());
        if (taskForces.isEmpty()) {
            LOG.info("No task force for {} yet: demo meetings not created", agencyName);
            return;
        }
        TaskForceView tf = taskForces.get(0);
        if (!meetings.findByTaskForceIdOrderByMeetingDateDescIdDesc(tf.id()).isEmpty()) {
            return;
        }
        loader.accept(tf);
    }
}
