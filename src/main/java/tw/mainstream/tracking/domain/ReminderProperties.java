package tw.mainstream.tracking.domain;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import tw.mainstream.shared.cluster.CronSetting;

/**
 * Tracking's e-mails ({@code mainstream.tracking.reminders.*}).
 *
 * @param enabled whether tracking sends e-mails: the daily reminders (tracked items and data calls) and
 *                the notice of a closed item
 * @param cron    when the daily reminders are sent (Asia/Taipei)
 */
@Validated
@ConfigurationProperties("mainstream.tracking.reminders")
record ReminderProperties(@DefaultValue("true") boolean enabled,
                          @DefaultValue("0 0 8 * * *") @NotNull @CronSetting String cron) {
}
