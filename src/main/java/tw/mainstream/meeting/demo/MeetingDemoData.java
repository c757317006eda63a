package tw.mainstream.meeting.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.TaskForceView;

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

    private final DemoMeetingTaskForces taskForces;
    private final NiaDemo nia;
    private final TaipeiDemo taipei;

    MeetingDemoData(DemoMeetingTaskForces taskForces, NiaDemo nia, TaipeiDemo taipei) {
        this.taskForces = taskForces;
        this.nia = nia;
        this.taipei = taipei;
    }

    @Override
    public void run(ApplicationArguments args) {
        load("內政部移民署", nia::history);
        load("臺北市政府資訊局", taipei::history);
    }

    private void load(String agencyName, java.util.function.Consumer<TaskForceView> loader) {
        TaskForceView tf = taskForces.of(agencyName).orElse(null);
        if (tf == null) {
            LOG.info("No task force for {} yet: demo meetings not created", agencyName);
            return;
        }
        if (taskForces.held(tf).isEmpty()) {
            loader.accept(tf);
        }
    }
}
