package tw.mainstream.meeting.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.meeting.domain.Meeting;

/**
 * The two example meetings (移民署 111-1, 資訊局 105-2), after the tracking demo has filed the units'
 * reports on the items the earlier meetings opened: their follow-up sections are generated from them.
 * Runs once: skipped when the earlier meetings are missing or the example is already there.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "mainstream.demo.enabled", havingValue = "true")
class MeetingExampleData implements ApplicationRunner {

    private final DemoMeetingTaskForces taskForces;
    private final NiaDemo nia;
    private final TaipeiDemo taipei;

    MeetingExampleData(DemoMeetingTaskForces taskForces, NiaDemo nia, TaipeiDemo taipei) {
        this.taskForces = taskForces;
        this.nia = nia;
        this.taipei = taipei;
    }

    @Override
    public void run(ApplicationArguments args) {
        load("內政部移民署", LocalDate.of(2022, 7, 25), nia::meeting1111);
        load("臺北市政府資訊局", LocalDate.of(2016, 9, 21), taipei::meeting1052);
    }

    private void load(String agencyName, LocalDate date, Consumer<TaskForceView> loader) {
        TaskForceView tf = taskForces.of(agencyName).orElse(null);
        if (tf == null) {
            return;
        }
        List<Meeting> held = taskForces.held(tf);
        if (!held.isEmpty() && held.get(0).getMeetingDate().isBefore(date)) {
            loader.accept(tf);
        }
    }
}
