package tw.mainstream.tracking.domain;

import java.time.Clock;
import java.time.LocalDate;
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
 * Runs the reminders (tracked items, then data calls) every morning (Taiwan time); safe on several
 * nodes, see {@link ReminderService}.
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

    ReminderJob(ReminderService reminders, DataCallReminders dataCalls, ObjectProvider<JavaMailSender> mail,
                Clock clock) {
        this.reminders = reminders;
        this.dataCalls = dataCalls;
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(cron = "${mainstream.tracking.reminders.cron:0 0 8 * * *}", zone = "Asia/Taipei")
    void daily() {
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
