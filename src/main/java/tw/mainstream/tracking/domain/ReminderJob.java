package tw.mainstream.tracking.domain;

import java.time.Clock;
import java.time.LocalDate;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import tw.mainstream.tracking.datacall.DataCallReminders;

/**
 * Runs the reminders (tracked items, then data calls) every morning (Taiwan time), once per
 * cluster (ShedLock); counted in the metric {@code mainstream.jobs.runs} (job=reminders).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "mainstream.tracking.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderJob {
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;
    private final DataCallReminders dataCalls;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final Counter runs;

    ReminderJob(ReminderService reminders, DataCallReminders dataCalls, ObjectProvider<JavaMailSender> mail,
                Clock clock, MeterRegistry meters) {
        this.runs = Counter.builder("mainstream.jobs.runs").tag("job", "reminders").register(meters);
        this.reminders = reminders;
        this.dataCalls = dataCalls;
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(cron = "${mainstream.tracking.reminders.cron:0 0 8 * * *}", zone = "Asia/Taipei")
    @SchedulerLock(name = "tracking-reminders", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    public void daily() {
        runs.increment();
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail sender configured: tracking reminders not sent");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        ReminderService.RunResult r = reminders.run(today, sender);
        log.info("Tracking reminders: {} sent, {} already sent", r.sent(), r.skipped());
        ReminderService.RunResult d = dataCalls.run(today, sender);
        log.info("Data call reminders: {} sent, {} already sent", d.sent(), d.skipped());
    }
}
