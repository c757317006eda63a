package tw.mainstream.tracking.datacall;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Data call reminders ({@code mainstream.datacall.*}).
 *
 * @param reminderDays days before a deadline when recipients that have not submitted are reminded
 *                     (once more when overdue); 0: only when overdue
 */
@Validated
@ConfigurationProperties("mainstream.datacall")
record DataCallProperties(@DefaultValue("7") @Min(0) int reminderDays) {
}
