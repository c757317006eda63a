package tw.mainstream.tracking.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import tw.mainstream.shared.cluster.CronJob;
import tw.mainstream.tracking.datacall.DataCallReminders;

/**
 * Runs the reminders (tracked items, then data calls) every morning (Taiwan time,
 * {@code mainstream.tracking.reminders.cron}), once per cluster, unless
 * {@code mainstream.tracking.reminders.enabled} is false; counted in the metric
 * {@code mainstream.jobs.runs} (job=reminders).
 */
@Component
class ReminderJob implements CronJob {
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

    private final ReminderService reminders;
    private final DataCallReminders dataCalls;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final Counter runs;
    private final ReminderProperties settings;

    ReminderJob(ReminderService reminders, DataCallReminders dataCalls, ObjectProvider<JavaMailSender> mail,
                Clock clock, MeterRegistry meters, ReminderProperties settings) {
        this.runs = Counter.builder("mainstream.jobs.runs").tag("job", "reminders").register(meters);
        this.reminders = reminders;
        this.dataCalls = dataCalls;
        this.mail = mail;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "tracking-reminders";
    }

    @Override
    public String cron() {
        return settings.enabled() ? settings.cron() : OFF;
    }

    @Override
    public Duration lockAtMostFor() {
        return Duration.ofHours(2);
    }

    @Override
    public void run() {
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
