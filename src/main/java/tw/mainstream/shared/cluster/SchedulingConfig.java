package tw.mainstream.shared.cluster;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Background work. The modules' {@link CronJob}s run at their cron expressions in Taiwan time, once
 * per cluster: each run takes the job's ShedLock lock in table {@code shedlock}, timed by the
 * database's clock so that the nodes' clocks need not agree. {@code @Async} methods (notices sent after
 * a commit) run on Spring Boot's task executor.
 */
@Configuration
@EnableScheduling
@EnableAsync
class SchedulingConfig implements SchedulingConfigurer {
    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final Logger log = LoggerFactory.getLogger(SchedulingConfig.class);

    private final ObjectProvider<CronJob> jobs;
    private final DataSource dataSource;
    private final Clock clock;

    SchedulingConfig(ObjectProvider<CronJob> jobs, DataSource dataSource, Clock clock) {
        this.jobs = jobs;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        LockingTaskExecutor locks = new DefaultLockingTaskExecutor(lockProvider(dataSource));
        for (CronTask task : tasks(jobs.orderedStream().toList(), locks, clock)) {
            registrar.addCronTask(task);
        }
    }

    /** The jobs that run (not {@link CronJob#OFF}), each under its lock. */
    static List<CronTask> tasks(List<CronJob> jobs, LockingTaskExecutor locks, Clock clock) {
        return jobs.stream().filter(job -> !CronJob.OFF.equals(job.cron())).map(job -> {
            log.info("Job {} runs at {} (Asia/Taipei)", job.name(), job.cron());
            Runnable locked = () -> locks.executeWithLock(job, new LockConfiguration(clock.instant(), job.name(),
                    job.lockAtMostFor(), job.lockAtLeastFor()));
            return new CronTask(locked, new CronTrigger(job.cron(), TAIPEI));
        }).toList();
    }

    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
