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
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

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

    @Test
    void liaisonAccountsOfTheUnitAreRemindedWithoutAnExtraMailbox() throws Exception {
        var sec = users.current("demo-secretariat");
        Long tf = committee.taskForcesOf(sec.agencyId()).get(0).id();
        Long unit = committee.units(sec.agencyId()).stream().filter(u -> !u.id().equals(users.current("demo-liaison").unitId()))
                .reduce((a, b) -> b).orElseThrow().id();
        jdbc.update("delete from tracking_contact where unit_id = ?", unit);
        jdbc.update("insert into account_user (username, password_hash, display_name, email, role, agency_id, unit_id)"
                + " values ('liaison-mail-test', 'x', '測試聯絡人', 'liaison.test@nia.example', 'LIAISON', ?, ?)",
                sec.agencyId(), unit);
        jdbc.update("insert into account_user (username, password_hash, display_name, email, role, agency_id, unit_id,"
                + " enabled) values ('liaison-off-test', 'x', '停用帳號', 'disabled.test@nia.example', 'LIAISON', ?, ?, false)",
                sec.agencyId(), unit);
        LocalDate due = LocalDate.of(2032, 5, 20);
        TrackedItem item = tracking.open(sec, new OpenItemCommand(tf, "帳號提醒測試", unit, Set.of(), DueKind.DATE, due,
                Origin.external("m", LocalDate.of(2032, 1, 5))));

        reminders.run(due.minusDays(1), sender);

        MimeMessage[] sent = ofItem(item);
        assertThat(sent).hasSize(1);
        assertThat(Arrays.stream(sent[0].getAllRecipients()).map(Object::toString))
                .containsExactly("liaison.test@nia.example");
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
