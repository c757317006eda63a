package tw.mainstream.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tw.mainstream.meeting.MeetingFixtures;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/** The notice goes by e-mail to members with an address, with a calendar invitation; through GreenMail. */
class NoticeMailTest extends IntegrationTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;
    @Autowired NoticeService notices;
    @Autowired MeetingRepository repository;
    @Autowired org.springframework.context.MessageSource messages;

    private GreenMail greenMail;
    private JavaMailSenderImpl sender;

    @BeforeEach
    void startMail() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        sender = new JavaMailSenderImpl();
        sender.setHost(greenMail.getSmtp().getBindTo());
        sender.setPort(greenMail.getSmtp().getPort());
    }

    @AfterEach
    void stopMail() {
        greenMail.stop();
    }

    @Test
    void sendsTheNoticeWithAnIcalendarInvitation() throws Exception {
        var sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        Long id = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2022, 7, 25)), sec).getId();
        NoticeDelivery sent = notices.send(id, sec, sender);
        assertThat(sent.sent()).isEqualTo(1);
        assertThat(sent.withoutAddress()).containsExactlyInAnyOrder("林興春", "王美玲", "嚴祥鸞", "曾筠苓");
        assertThat(messages.getMessage("meeting.flash.noticeSentMissing", new Object[] {sent.sent(),
                String.join("、", sent.withoutAddress())}, java.util.Locale.TAIWAN))
                .startsWith("已寄出開會通知給 1 位委員；").contains("未收到通知：").contains("嚴祥鸞");
        assertThat(messages.getMessage("meeting.flash.noticeSent", new Object[] {3}, java.util.Locale.ENGLISH))
                .isEqualTo("The notice was sent to 3 member(s).");
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("wu@example.org");
        assertThat(received[0].getSubject()).contains("111 年第 1 次會議", "開會通知單");
        List<String> types = new ArrayList<>();
        String calendar = null;
        Multipart parts = (Multipart) received[0].getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            types.add(parts.getBodyPart(i).getContentType());
            if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                calendar = new String(parts.getBodyPart(i).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        assertThat(types).anySatisfy(t -> assertThat(t).contains("method=REQUEST"));
        assertThat(calendar).isNotNull().contains("METHOD:REQUEST", "BEGIN:VEVENT").contains("DTSTART;TZID=Asia/Taipei:20220725T143000")
                .contains("UID:meeting-" + id + "@mainstream");
        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(MeetingStatus.NOTICE_SENT);
    }

    @Test
    void refusesWhenNoMemberHasAnAddress() {
        var sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        Meeting m = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2022, 7, 25)), sec);
        meetings.cancel(m.getId(), "颱風停班", sec);
        assertThatThrownBy(() -> notices.send(m.getId(), sec, sender))
                .hasMessage("meeting.error.noticeState");
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }
}
