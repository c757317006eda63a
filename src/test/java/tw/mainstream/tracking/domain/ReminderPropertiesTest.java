package tw.mainstream.tracking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tw.mainstream.shared.cluster.CronJob;

/** The reminder settings: checked at start-up; switched off, the daily job never runs. */
class ReminderPropertiesTest {

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @EnableConfigurationProperties(ReminderProperties.class)
    static class Settings {
    }

    @Test
    void aWrongCronStopsStartUpNamingTheSetting() {
        context.withPropertyValues("mainstream.tracking.reminders.cron=0 0 25 * * *").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().hasMessageContaining("mainstream.tracking.reminders")
                    .hasMessageContaining("cron").hasMessageContaining("must be a cron expression");
        });
    }

    @Test
    void theJobRunsAtTheCronUnlessSwitchedOff() {
        context.run(started -> assertThat(job(started.getBean(ReminderProperties.class)).cron()).isEqualTo("0 0 8 * * *"));
        context.withPropertyValues("mainstream.tracking.reminders.cron=0 15 7 * * MON-FRI").run(started ->
                assertThat(job(started.getBean(ReminderProperties.class)).cron()).isEqualTo("0 15 7 * * MON-FRI"));
        context.withPropertyValues("mainstream.tracking.reminders.enabled=false").run(started ->
                assertThat(job(started.getBean(ReminderProperties.class)).cron()).isEqualTo(CronJob.OFF));
    }

    private static ReminderJob job(ReminderProperties settings) {
        return new ReminderJob(null, null, null, Clock.systemUTC(), new SimpleMeterRegistry(), settings);
    }
}
