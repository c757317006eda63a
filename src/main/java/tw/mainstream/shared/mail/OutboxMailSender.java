package tw.mainstream.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail sender that sends nothing: each message is written as an {@code .eml} file to a folder and
 * logged. The demo uses it ({@code mainstream.mail.outbox=true}), so that sending a notice or a
 * reminder works without an SMTP server and never reaches a real mailbox.
 */
public class OutboxMailSender extends JavaMailSenderImpl {
    private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);

    private final Path folder;

    public OutboxMailSender(Path folder) {
        this.folder = folder;
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) {
        try {
            Files.createDirectories(folder);
            for (MimeMessage message : messages) {
                Path file = folder.resolve(System.currentTimeMillis() + "-" + UUID.randomUUID() + ".eml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                }
                log.info("Mail outbox: \"{}\" to {} written to {}", message.getSubject(),
                        Arrays.toString(message.getAllRecipients()), file);
            }
        } catch (IOException | MessagingException e) {
            throw new MailSendException("Could not write to the mail outbox " + folder, e);
        }
    }
}
