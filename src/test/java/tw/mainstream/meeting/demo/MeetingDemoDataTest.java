package tw.mainstream.meeting.demo;

import tw.mainstream.meeting.domain.MeetingDocumentQueries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MeetingFixtures;
import tw.mainstream.meeting.MeetingView;
import tw.mainstream.meeting.domain.MinutesView;
import tw.mainstream.meeting.ResolutionView;
import tw.mainstream.meeting.domain.SectionView;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;

/** Both example meetings entered as data reproduce the examples' structure, numbering and text. */
class MeetingDemoDataTest extends IntegrationTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired CommitteeApi committee;
    @Autowired NiaDemo nia;
    @Autowired TaipeiDemo taipei;
    @Autowired MeetingApi api;
    @Autowired MeetingDocumentQueries documents;

    private static final CurrentUser ADMIN = DemoMeetings.LOADER;

    @Test
    void niaMeetingFollowsUpThe110thResolutionsAndTheRotation() {
        Long tf = fixtures.taskForce("內政部移民署");
        nia.load(committee.taskForce(tf).orElseThrow());
        List<MeetingView> meetings = api.meetingsOf(tf, ADMIN);
        MeetingView m1111 = meetings.get(0);
        MeetingView m1102 = meetings.get(1);
        assertThat(m1111.number()).isEqualTo("111 年第 1 次會議");
        assertThat(m1102.number()).isEqualTo("110 年第 2 次會議");
        assertThat(meetings).hasSize(3);
        List<Long> earlier = api.agenda(m1102.id(), ADMIN).stream().flatMap(i -> i.resolutions().stream())
                .map(ResolutionView::id).toList();
        List<ItemView> items = api.agenda(m1111.id(), ADMIN);
        assertThat(items).filteredOn(i -> i.kind() == AgendaItemKind.FOLLOW_UP)
                .extracting(ItemView::originResolutionId).containsExactlyElementsOf(earlier);

        MinutesView minutes = documents.minutes(m1111.id(), ADMIN, false);
        assertThat(minutes.header()).anySatisfy(h -> assertThat(h.value()).isEqualTo("詳如簽到表"));
        assertThat(minutes.header().get(0).value()).isEqualTo("111 年 7 月 25 日（星期一）下午 2 時 30 分");
        assertThat(minutes.sections()).extracting(SectionView::number)
                .containsExactly("壹、", "貳、", "參、", "肆、", "伍、", "陸、", "柒、");
        assertThat(minutes.sections().get(1).text()).isEqualTo("（略）");
        assertThat(minutes.sections().get(2).heading()).startsWith("本署 110 年").endsWith("第 2 次會議決議辦理情形。");
        assertThat(minutes.sections().get(4).text()).isEqualTo("無。");
        assertThat(minutes.sections().get(6).text()).isEqualTo("下午 3 時 40 分。");
        ItemView special = minutes.sections().get(3).items().get(1);
        assertThat(special.label()).isEqualTo("二、");
        assertThat(special.unitLabel()).isEqualTo("移民資訊組");
        assertThat(special.explanation().get(0).label()).isEqualTo("(一)");
        assertThat(special.explanation().get(0).text())
                .isEqualTo("依據本署 109 年性別平等工作小組第 1 次會議報告事項決議，本次輪由移民資訊組報告。");
        ItemView report = minutes.sections().get(3).items().get(0);
        assertThat(report.remarks().get(1).speaker()).isEqualTo("移民事務組代表");
        assertThat(report.remarks().get(1).points()).extracting(p -> p.label())
                .containsExactly("一、", "二、", "(一)", "(二)", "三、");
        assertThat(minutes.sections().get(2).items().get(0).resolutions().get(0).text()).isEqualTo("解除列管。");

        MinutesView published = documents.minutes(m1111.id(), CurrentUser.ANONYMOUS, true);
        assertThat(published.chair()).isEqualTo("林副署長興春"); // an official acting in office: shown by default
        assertThat(published.recorder()).isEqualTo("曾O苓");
    }

    @Test
    void taipeiMeetingUsesCaseNumbersAndTheFollowUpTable() {
        Long tf = fixtures.taskForce("臺北市政府資訊局");
        taipei.load(committee.taskForce(tf).orElseThrow());
        MeetingView m = api.meetingsOf(tf, ADMIN).get(0);
        MinutesView minutes = documents.minutes(m.id(), ADMIN, false);
        assertThat(minutes.sections()).extracting(SectionView::heading)
                .containsExactly("時間", "地點", "主持人", "出席人員", "列席人員", "議案內容", "臨時動議", "散會");
        assertThat(minutes.sections().get(0).text()).isEqualTo("105 年 9 月 21 日（星期三）下午 2 時");
        assertThat(minutes.sections().get(4).text()).isEqualTo("蔡O玄（臺北市性別平等辦公室視察）、劉O涵（綜合企劃組助理設計師）");
        assertThat(minutes.sections().get(5).items()).extracting(ItemView::label)
                .containsExactly("報告案 1、", "報告案 2、3 ", "報告案 4、", "報告案 5、", "報告案 6、");
        assertThat(minutes.sections().get(6).items()).extracting(ItemView::label).containsExactly("臨時動議一、", "臨時動議二、");
        ItemView followUp = minutes.sections().get(5).items().get(0);
        assertThat(followUp.table()).hasSize(2);
        assertThat(followUp.remarks().get(0).speaker()).isEqualTo("吳委員O麗");
        ItemView digital = minutes.sections().get(5).items().get(3);
        assertThat(digital.remarks().get(0).points()).extracting(p -> p.label()).containsExactly("(1)", "(2)");
        assertThat(minutes.sections().get(7).text()).isEqualTo("下午 3 時 10 分。");
        assertThat(minutes.sections().get(6).items().get(1).resolutions().get(0).reportNextMeeting()).isTrue();
    }
}
