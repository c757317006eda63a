package tw.mainstream.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;
import tw.mainstream.tracking.datacall.DataCall;
import tw.mainstream.tracking.datacall.DataCallQueries;
import tw.mainstream.tracking.datacall.DataCallReminders;
import tw.mainstream.tracking.datacall.DataCallService;

/**
 * Data call reminders reach each unfinished recipient's liaisons (or a sub-agency's secretariat)
 * once before the deadline and once when overdue; a second run sends nothing again. A submission
 * returned after its before-deadline reminder gets no second one for the same deadline, only the
 * overdue mail (a different kind).
 */
class DataCallReminderTest extends IntegrationTest {

    @Autowired DataCallReminders reminders;
    @Autowired DataCallService service;
    @Autowired DataCallQueries reads;
    @Autowired TestUsers users;
    @Autowired CommitteeApi committee;
    @Autowired JdbcTemplate jdbc;

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
    void remindsUnfinishedUnitsBeforeTheDeadlineAndOnceOverdue() throws Exception {
        CurrentUser sec = users.current("demo-secretariat");
        Long a = unit("移民事務組");
        Long b = unit("國際及執法事務組");
        liaison("dc-liaison-a", "a.datacall.test", sec.agencyId(), a);
        liaison("dc-liaison-b", "b.datacall.test", sec.agencyId(), b);
        LocalDate deadline = LocalDate.now().plusDays(40);
        DataCall call = service.send(sec, new DataCallService.SendCommand("提醒測試性別預算", "GENDER_BUDGET", deadline,
                List.of(a, b), List.of()));

        reminders.run(deadline.minusDays(8), sender);
        assertThat(of("a.datacall.test", "提醒測試性別預算")).isEmpty();
        reminders.run(deadline.minusDays(7), sender);
        reminders.run(deadline.minusDays(3), sender);
        MimeMessage[] toA = of("a.datacall.test", "提醒測試性別預算");
        assertThat(toA).hasSize(1);
        assertThat(of("b.datacall.test", "提醒測試性別預算")).hasSize(1);
        long subA = submission(sec, call, "移民事務組");
        assertThat(toA[0].getSubject())
                .isEqualTo("【填報提醒】「提醒測試性別預算」請於 " + RocDates.format(deadline) + "前填報");
        assertThat((String) toA[0].getContent()).contains("提醒測試性別預算")
                .contains(RocDates.format(deadline)).contains("/data-calls/submissions/" + subA);

        assertThat(service.answer(sec, subA, null, DataCallTest.budget("移民業務性別統計", "300"), true).problems())
                .isEmpty();
        reminders.run(deadline.plusDays(1), sender);
        reminders.run(deadline.plusDays(1), sender);
        reminders.run(deadline.plusDays(2), sender);
        assertThat(of("a.datacall.test", "提醒測試性別預算")).hasSize(1);
        MimeMessage[] toB = of("b.datacall.test", "提醒測試性別預算");
        assertThat(toB).hasSize(2);
        assertThat(toB[1].getSubject()).startsWith("【填報逾期】「提醒測試性別預算」");
        assertThat((String) toB[1].getContent()).contains("/data-calls/submissions/" + submission(sec, call, "國際及執法事務組"));
    }

    @Test
    void returnedSubmissionIsRemindedAgainOnlyWhenOverdue() {
        CurrentUser sec = users.current("demo-secretariat");
        Long c = unit("國境事務大隊");
        liaison("dc-liaison-c", "c.datacall.test", sec.agencyId(), c);
        LocalDate deadline = LocalDate.now().plusDays(50);
        DataCall call = service.send(sec, new DataCallService.SendCommand("退回提醒測試", "GENDER_BUDGET", deadline,
                List.of(c), List.of()));
        long sub = submission(sec, call, "國境事務大隊");

        reminders.run(deadline.minusDays(5), sender);
        assertThat(of("c.datacall.test", "退回提醒測試")).hasSize(1);
        service.answer(sec, sub, null, DataCallTest.budget("移民業務", "100"), true);
        service.returnWith(sec, sub, "請補充");
        reminders.run(deadline.minusDays(2), sender);
        assertThat(of("c.datacall.test", "退回提醒測試")).hasSize(1);
        reminders.run(deadline.plusDays(1), sender);
        assertThat(of("c.datacall.test", "退回提醒測試")).hasSize(2);
    }

    @Test
    void subAgencyRecipientRemindsThatAgencysSecretariat() {
        CurrentUser oversight = users.current("demo-oversight");
        Long nia = users.current("demo-secretariat").agencyId();
        jdbc.update("insert into account_user (username, password_hash, display_name, email, role, agency_id)"
                + " values ('dc-secretariat', 'x', '填報幕僚', 'sec@nia.datacall.test', 'SECRETARIAT', ?)", nia);
        LocalDate deadline = LocalDate.now().plusDays(60);
        service.send(oversight, new DataCallService.SendCommand("部屬機關填報提醒", "GENDER_BUDGET", deadline, List.of(),
                List.of(nia)));

        reminders.run(deadline.minusDays(1), sender);

        assertThat(of("nia.datacall.test", "部屬機關填報提醒")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("【填報提醒】"));
    }

    private Long unit(String name) {
        return committee.unitByName(users.current("demo-secretariat").agencyId(), name).orElseThrow().id();
    }

    private long submission(CurrentUser user, DataCall call, String recipient) {
        return reads.detail(user, call.getId()).submissions().stream().filter(s -> s.recipient().equals(recipient))
                .findFirst().orElseThrow().id();
    }

    private void liaison(String username, String domain, Long agency, Long unit) {
        jdbc.update("insert into account_user (username, password_hash, display_name, email, role, agency_id, unit_id)"
                + " values (?, 'x', '填報聯絡人', ?, 'LIAISON', ?, ?)", username, "liaison@" + domain, agency, unit);
    }

    /** The mails with this title sent to an address in this domain, once each (GreenMail keeps a copy per recipient). */
    private MimeMessage[] of(String domain, String title) {
        Map<String, MimeMessage> byId = new LinkedHashMap<>();
        for (MimeMessage m : greenMail.getReceivedMessagesForDomain(domain)) {
            if (header(m::getSubject).contains("「" + title + "」")) {
                byId.putIfAbsent(header(m::getMessageID), m);
            }
        }
        return byId.values().toArray(MimeMessage[]::new);
    }

    private interface Header {
        String get() throws MessagingException;
    }

    private static String header(Header h) {
        try {
            return h.get();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
