package tw.mainstream.meeting;

import tw.mainstream.meeting.domain.MinutesView;
import tw.mainstream.meeting.domain.RevisionView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.AttachmentService;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.Meeting;
import tw.mainstream.meeting.domain.MeetingQueries;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.meeting.domain.MinutesContentService;
import tw.mainstream.meeting.domain.MinutesService;
import tw.mainstream.meeting.domain.RemarkDraft;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/** Circulate, comment, answer, confirm (locks), correct (new revision), publish (names by the agency's public-name policy); uploads. */
class MinutesApprovalTest extends IntegrationTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agenda;
    @Autowired MinutesContentService content;
    @Autowired MinutesService minutes;
    @Autowired AttachmentService attachments;
    @Autowired MeetingQueries reads;
    @Autowired MeetingApi api;

    @Test
    void approvalLocksKeepsRevisionsAndPublishesByTheAgencyPolicy() {
        CurrentUser sec = users.current("demo-secretariat");
        CurrentUser member = users.current("demo-member");
        Long tf = fixtures.taskForce("內政部移民署");
        Meeting m = meetings.create(tf, MeetingFlowTest.draft(LocalDate.of(2022, 7, 25)), sec);
        Long item = agenda.add(m.getId(), new ItemDraft(AgendaItemKind.REPORT, "本局性別預算案", null, null, null, 1, null), sec).getId();
        content.addRemark(m.getId(), item, new RemarkDraft(SpeakerKind.MEMBER, "吳嘉麗", null, null, null,
                "建議可考量結合托育服務。\n建議追蹤學員之學習成效。"), sec);
        content.addRemark(m.getId(), item, new RemarkDraft(SpeakerKind.OFFICE, null, null, "性別平等辦公室", null,
                "建議將培力課程經費納入性別預算，並請吳委員嘉麗提供名單。"), sec);

        assertThatThrownBy(() -> minutes.comment(m.getId(), null, "太早了", member)).hasMessage("meeting.error.minutes.notCirculated");
        assertThatThrownBy(() -> minutes.publicVersion(m.getId(), CurrentUser.ANONYMOUS)).isInstanceOf(NotFoundException.class);
        minutes.circulate(m.getId(), LocalDate.of(2022, 8, 5), sec);
        var comment = minutes.comment(m.getId(), item, "第二點請補充說明。", member);
        assertThatThrownBy(() -> minutes.answer(m.getId(), comment.getId(), comment.getVersion(), "已補充。", member))
                .hasMessage("error.forbidden");
        minutes.answer(m.getId(), comment.getId(), comment.getVersion(), "已補充。", sec);
        assertThat(reads.comments(m.getId(), sec)).singleElement().satisfies(c -> assertThat(c.answer()).isEqualTo("已補充。"));

        minutes.confirm(m.getId(), sec);
        assertThat(api.meeting(m.getId(), sec).status()).isEqualTo(MeetingStatus.CONFIRMED);
        assertThatThrownBy(() -> content.addRemark(m.getId(), item, new RemarkDraft(SpeakerKind.CHAIR, null, null, null,
                null, "補記"), sec)).hasMessage("meeting.error.minutesLocked");
        assertThatThrownBy(() -> minutes.correct(m.getId(), " ", sec)).hasMessage("meeting.error.reasonRequired");
        minutes.correct(m.getId(), "更正委員發言文字", sec);
        content.addRemark(m.getId(), item, new RemarkDraft(SpeakerKind.CHAIR, null, null, null, null, "補記"), sec);
        minutes.confirm(m.getId(), sec);
        assertThat(reads.revisions(m.getId(), sec)).extracting(RevisionView::revision).containsExactly(1, 2);
        assertThat(reads.revisions(m.getId(), sec).get(0).html()).contains("吳委員嘉麗").doesNotContain("補記");
        assertThat(reads.revisions(m.getId(), sec).get(1).reason()).isEqualTo("更正委員發言文字");

        String preview = text(minutes.publicVersion(m.getId(), sec));
        // the agency's default policy: members and officials in full, the executive secretary (staff) masked
        assertThat(preview).contains("吳委員嘉麗", "林副署長興春", "曾O苓").doesNotContain("曾筠苓", "筠苓");
        assertThatThrownBy(() -> minutes.publicVersion(m.getId(), CurrentUser.ANONYMOUS)).isInstanceOf(NotFoundException.class);
        minutes.publish(m.getId(), sec);
        MinutesView published = minutes.publicVersion(m.getId(), CurrentUser.ANONYMOUS);
        assertThat(published.publicVersion()).isTrue();
        assertThat(text(published)).contains("吳委員嘉麗", "曾O苓").doesNotContain("曾筠苓");
        assertThatThrownBy(() -> minutes.internal(m.getId(), CurrentUser.ANONYMOUS)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void uploadsOfTheWrongTypeOrSizeAreRefusedAndNothingIsSaved() {
        CurrentUser sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        Meeting m = meetings.create(tf, MeetingFlowTest.draft(LocalDate.of(2022, 7, 25)), sec);
        Long item = agenda.add(m.getId(), new ItemDraft(AgendaItemKind.REPORT, "開放資料", null, null, null, 1, null), sec).getId();
        assertThatThrownBy(() -> attachments.upload(m.getId(), item, null, "virus.exe", new byte[] {'M', 'Z', 0, 0}, null, sec))
                .hasMessage("meeting.error.upload.type");
        assertThatThrownBy(() -> attachments.upload(m.getId(), item, null, "fake.pdf", "hello".getBytes(), null, sec))
                .hasMessage("meeting.error.upload.type");
        byte[] huge = new byte[(int) AttachmentService.MAX_BYTES + 1];
        huge[0] = '%'; huge[1] = 'P'; huge[2] = 'D'; huge[3] = 'F';
        assertThatThrownBy(() -> attachments.upload(m.getId(), item, null, "big.pdf", huge, null, sec))
                .hasMessage("meeting.error.upload.tooLarge");
        assertThat(api.agenda(m.getId(), sec).stream().flatMap(i -> i.attachments().stream())).isEmpty();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        var saved = attachments.upload(m.getId(), item, null, "平台截圖.png", png, "私立托嬰中心資料集", sec);
        assertThat(attachments.read(m.getId(), saved.getId(), sec, false).content()).isEqualTo(png);
        assertThat(api.agenda(m.getId(), sec).stream().flatMap(i -> i.attachments().stream()))
                .singleElement().satisfies(a -> assertThat(a.image()).isTrue());
    }

    static String text(MinutesView v) {
        StringBuilder b = new StringBuilder(v.title()).append(v.chair()).append(v.recorder());
        v.header().forEach(h -> b.append(h.value()));
        v.sections().forEach(s -> {
            b.append(s.heading()).append(s.text());
            s.items().forEach(i -> {
                b.append(i.subject());
                i.remarks().forEach(r -> b.append(r.speaker()).append(r.text()));
                i.resolutions().forEach(r -> b.append(r.text()));
            });
        });
        return b.toString();
    }
}
