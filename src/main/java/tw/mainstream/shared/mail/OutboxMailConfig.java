package tw.mainstream.shared.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import tw.mainstream.shared.files.DataDirProperties;

/** With {@code mainstream.mail.outbox=true} mail goes to {@code <data-dir>/mail-outbox} instead of the SMTP server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "mainstream.mail.outbox", havingValue = "true")
class OutboxMailConfig {

    @Bean
    JavaMailSender outboxMailSender(DataDirProperties data) {
        return new OutboxMailSender(data.dataDir().resolve("mail-outbox"));
    }
}
