package tw.mainstream.tracking.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.FollowUpRowView;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MeetingView;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.meeting.ResolutionView;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;

/**
 * The demo is real history, loaded through the services: 移民署 110-2 opens the items, 111-1 decides
 * them as the minutes say; Taipei's 105 年第 2 次 carries the table of 104/10/12 and 104/12/28; every
 * tracked item points at the meeting and resolution that opened it, or at the higher body.
 */
class DemoHistoryTest extends IntegrationTest {

    private static final CurrentUser ADMIN = new CurrentUser("test-admin", "測試", AccountRole.ADMIN, null, null, null,
            java.util.Set.of());

    @Autowired JdbcTemplate jdbc;
    @Autowired MeetingApi meetings;
    @Autowired CommitteeApi committee;

    private Long taskForce(String agency) {
        return committee.taskForcesOf(committee.agencyByName(agency).orElseThrow().id()).get(0).id();
    }

    /** The items meetings opened, and the handed-down one (other tests add their own, from no meeting). */
    private List<Map<String, Object>> items(Long tf) {
        return jdbc.queryForList("select i.*, u.name as lead from tracking_item i join committee_unit u "
                + "on u.id = i.lead_unit_id where i.task_force_id = ? and (i.origin_meeting_id is not null "
                + "or i.origin_label = ?) order by i.origin_date, i.id", tf, TrackingDemoAfter.HANDED_DOWN);
    }

    @Test
    void everyItemPointsAtTheResolutionThatOpenedItOrAtTheHigherBody() {
        for (String agency : List.of("內政部移民署", "臺北市政府資訊局")) {
            List<Map<String, Object>> rows = items(taskForce(agency));
            assertThat(rows).isNotEmpty();
            assertThat(rows).allSatisfy(row -> {
                if (row.get("origin_meeting_id") == null) {
                    assertThat(row.get("origin_label")).isEqualTo(TrackingDemoAfter.HANDED_DOWN);
                } else {
                    assertThat(row.get("origin_resolution_id")).isNotNull();
                    assertThat(row.get("origin_agenda_item_id")).isNotNull();
                }
            });
        }
    }

    @Test
    void meeting1111DecidesThe110thItemsAsTheMinutesSay() {
        Long tf = taskForce("內政部移民署");
        List<MeetingView> list = meetings.meetingsOf(tf, ADMIN);
        MeetingView m1111 = list.stream().filter(m -> m.number().equals("111 年第 1 次會議")).findFirst().orElseThrow();
        List<ItemView> followUps = meetings.agenda(m1111.id(), ADMIN).stream()
                .filter(i -> i.kind() == AgendaItemKind.FOLLOW_UP).toList();
        assertThat(followUps).extracting(ItemView::subject).containsExactly(
                "有關「內政部性別平等推動計畫(111 至 114 年)(草案)」研擬部會層級議題及相關資料案，業經國境事務大隊依委員建議，"
                        + "修正該大隊所提部會層級議題「提升外來人口性別平等觀念」相關內容，並經內政部 110 年 12 月 30 日函訂定。",
                "有關本署性平專題報告：「移民署協助失聯移工懷孕或攜子婦女安置機制」案，業經國際及執法事務組依委員建議，"
                        + "研議相關精進措施及以其他管道積極爭取相關補助。");
        assertThat(followUps.get(0).resolutions()).extracting(ResolutionView::outcome).containsExactly(ResolutionOutcome.CLOSED);
        assertThat(followUps.get(1).resolutions()).extracting(ResolutionView::text)
                .containsExactly("請彙整相關數據送委員參考，並依委員意見賡續辦理，於下次會議再次報告辦理情形。");

        List<Map<String, Object>> rows = items(tf);
        // as 111-1 left them; a later meeting may decide them again (the loop journey closes 移民資訊組's item)
        assertThat(rows).extracting(r -> r.get("lead") + ":" + r.get("status")).startsWith(
                "國境事務大隊:CLOSED", "國際及執法事務組:OPEN", "移民事務組:OPEN");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).get("closed_meeting_label")).isEqualTo("111 年第 1 次會議");
        assertThat(((Number) rows.get(1).get("round")).intValue()).isGreaterThanOrEqualTo(2);
        assertThat(rows.get(3).get("lead")).isEqualTo("移民資訊組");
        assertThat(rows.get(3).get("closed_meeting_label")).isNotEqualTo("111 年第 1 次會議");
        assertThat(rows.get(3).get("content")).isEqualTo("請移民資訊組參考委員意見，賡續辦理相關事宜。");
        assertThat(rows.get(3).get("origin_label")).isEqualTo("111 年第 1 次會議");
    }

    @Test
    void taipeiMeetingIsTheSecondOf105WithTheTableOfItsEarlierMeetings() {
        Long tf = taskForce("臺北市政府資訊局");
        MeetingView m = meetings.meetingsOf(tf, ADMIN).get(0);
        assertThat(m.number()).isEqualTo("105 年第 2 次會議");
        ItemView table = meetings.agenda(m.id(), ADMIN).stream().filter(i -> i.kind() == AgendaItemKind.FOLLOW_UP)
                .findFirst().orElseThrow();
        assertThat(table.table()).extracting(r -> r.meetingDate().toString()).containsExactly("2015-10-12", "2015-12-28");
        FollowUpRowView first = table.table().get(0);
        assertThat(first.unitLabel()).isEqualTo("綜合企劃組");
        assertThat(first.progress()).isEqualTo("預計於下一季召開「臺北智慧城市委員會」前完成增聘作業。");
        assertThat(first.note()).isEqualTo("104/12/28 主席裁示請辦理「臺北智慧城市委員會」增聘 2 名女性委員，建請吳委員嘉麗提供委員推薦名單。");
        FollowUpRowView second = table.table().get(1);
        assertThat(second.progress()).isEqualTo("已於平臺上相關資料集標註性別平等標籤，目前共 19 筆性別平等相關資料集。\n"
                + "以私立托嬰中心為例，連結及圖片如下：");
        assertThat(second.note()).startsWith("105/3/25 性平辦於 104-4 會後進行內部討論後");
        assertThat(table.table()).extracting(FollowUpRowView::closed).containsOnlyNulls();
        assertThat(items(tf)).extracting(r -> r.get("status")).containsOnly("OPEN");
    }
}
