package tw.mainstream.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.SimpleMailMessage;

/** The demo's mail: written to the outbox folder, one file per message, and never sent. */
class OutboxMailSenderTest {

    @TempDir
    Path dir;

    @Test
    void writesEachMessageAsAnEmlFile() throws Exception {
        OutboxMailSender sender = new OutboxMailSender(dir.resolve("mail-outbox"));
        sender.setHost("smtp.invalid");
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("mainstream@localhost");
        message.setTo("member1@mainstream.example", "member2@mainstream.example");
        message.setSubject("開會通知單");
        message.setText("開會時間：111 年 12 月 15 日（星期四）");
        sender.send(message, message);
        List<Path> files;
        try (var list = Files.list(dir.resolve("mail-outbox"))) {
            files = list.toList();
        }
        assertThat(files).hasSize(2).allSatisfy(f -> assertThat(f.toString()).endsWith(".eml"));
        String eml = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertThat(eml).contains("member1@mainstream.example").contains("Subject:");
    }
}
