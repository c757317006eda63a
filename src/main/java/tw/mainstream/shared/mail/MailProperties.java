package tw.mainstream.shared.mail;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The application's own mail settings ({@code mainstream.mail.*}); the SMTP server is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param from sender address of notices and reminders
 * @param outbox write mail to {@code <data-dir>/mail-outbox} as files instead of sending it (the demo)
 */
@Validated
@ConfigurationProperties("mainstream.mail")
public record MailProperties(@DefaultValue("mainstream@localhost") @NotBlank String from,
                             @DefaultValue("false") boolean outbox) {
}
