package tw.mainstream.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.ReminderService;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackingService;

/** Reminders reach GreenMail once: a second run (another node, a restart) sends nothing again. */
class ReminderTest extends IntegrationTest {

    @Autowired ReminderService reminders;
    @Autowired TrackingService tracking;
    @Autowired TestUsers users;
    @Autowired CommitteeApi committee;

    GreenMail greenMail;
    JavaMailSenderImpl sender;

    @BeforeEach
    void start() {
        greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
    }

    @AfterEach
    void stop() {
        greenMail.stop();
    }

    @Test
    void remindsBeforeTheDeadlineOnceAndWhenOverdueOnce() {
        var sec = users.current("demo-secretariat");
        Long tf = committee.taskForcesOf(sec.agencyId()).get(0).id();
        LocalDate due = LocalDate.of(2031, 3, 10);
        TrackedItem item = tracking.open(sec, new OpenItemCommand(tf, "提醒測試", users.current("demo-liaison").unitId(),
                Set.of(), DueKind.DATE, due, Origin.external("m", LocalDate.of(2031, 1, 5))));
        reminders.run(due.minusDays(3), sender);
        reminders.run(due.minusDays(2), sender);
        MimeMessage[] before = ofItem(item);
        assertThat(before).hasSize(1);
        reminders.run(due.plusDays(1), sender);
        reminders.run(due.plusDays(1), sender);
        assertThat(ofItem(item)).hasSize(2);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(ReminderTest::subject))
                .anyMatch(s -> s.startsWith("【列管摘要】"));
    }

    private MimeMessage[] ofItem(TrackedItem item) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).contains("#" + item.getId() + "）")).toArray(MimeMessage[]::new);
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
