package tw.mainstream.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.support.SimpleTriggerContext;

/** The jobs' cron settings are checked at start-up; a job runs at its cron in Taiwan time, under its lock, or never. */
class CronJobsTest {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Settings.class);

    @EnableConfigurationProperties(ClusterProperties.class)
    static class Settings {
    }

    @Test
    void aWrongCronStopsStartUpNamingTheSetting() {
        context.withPropertyValues("mainstream.cluster.change-log-prune-cron=every night at 3").run(started -> {
            assertThat(started).hasFailed();
            assertThat(messages(started.getStartupFailure()))
                    .contains("mainstream.cluster")
                    .contains("changeLogPruneCron")
                    .contains("must be a cron expression")
                    .contains("every night at 3");
        });
    }

    @Test
    void theDefaultAndNeverAreAccepted() {
        context.run(started -> assertThat(started.getBean(ClusterProperties.class).changeLogPruneCron())
                .isEqualTo("0 30 3 * * *"));
        context.withPropertyValues("mainstream.cluster.change-log-prune-cron=-").run(started ->
                assertThat(started.getBean(ClusterProperties.class).changeLogPruneCron()).isEqualTo(CronJob.OFF));
    }

    @Test
    void aJobRunsAtItsCronInTaiwanTimeUnderItsLockAndAnOffJobNever() {
        List<String> ran = new ArrayList<>();
        List<LockConfiguration> locks = new ArrayList<>();
        LockingTaskExecutor executor = new RecordingLocks(locks);
        List<CronTask> tasks = SchedulingConfig.tasks(List.of(job("nightly", "0 30 3 * * *", ran),
                job("never", CronJob.OFF, ran)), executor, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.getExpression()).isEqualTo("0 30 3 * * *");
            Instant utcMidnight = Instant.parse("2026-03-01T16:00:00Z");
            assertThat(task.getTrigger().nextExecution(new SimpleTriggerContext(Clock.fixed(utcMidnight, ZoneOffset.UTC))))
                    .as("03:30 in Taipei is 19:30 UTC the day before").isEqualTo(Instant.parse("2026-03-01T19:30:00Z"));
            task.getRunnable().run();
        });
        assertThat(ran).containsExactly("nightly");
        assertThat(locks).singleElement().satisfies(lock -> {
            assertThat(lock.getName()).isEqualTo("nightly");
            assertThat(lock.getLockAtMostFor()).hasHours(1);
            assertThat(lock.getLockAtLeastFor()).hasMinutes(5);
        });
    }

    private static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static CronJob job(String name, String cron, List<String> ran) {
        return new CronJob() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String cron() {
                return cron;
            }

            @Override
            public void run() {
                ran.add(name);
            }
        };
    }

    /** Takes every lock, and remembers it. */
    private record RecordingLocks(List<LockConfiguration> taken) implements LockingTaskExecutor {
        @Override
        public void executeWithLock(Runnable task, LockConfiguration lock) {
            taken.add(lock);
            task.run();
        }

        @Override
        public void executeWithLock(Task task, LockConfiguration lock) throws Throwable {
            taken.add(lock);
            task.call();
        }
    }
}
