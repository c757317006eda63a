package tw.mainstream.account.domain;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in throttling per account and address ({@code mainstream.login.*}); see {@link SignInThrottle}.
 *
 * @param freeFailures      wrong passwords from one address before it must wait (0: wait from the first)
 * @param firstDelaySeconds the first wait, doubled after each further failure
 * @param maxDelayMinutes   the longest wait
 */
@Validated
@ConfigurationProperties("mainstream.login")
record LoginProperties(@DefaultValue("5") @Min(0) int freeFailures,
                       @DefaultValue("30") @Min(1) long firstDelaySeconds,
                       @DefaultValue("15") @Min(1) long maxDelayMinutes) {
}
