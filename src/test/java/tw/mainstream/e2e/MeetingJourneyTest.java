package tw.mainstream.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.MeetingFixtures;
import tw.mainstream.meeting.ResolutionKind;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.meeting.domain.MinutesContentService;
import tw.mainstream.meeting.domain.ResolutionDraft;
import tw.mainstream.support.TestUsers;

/**
 * The meeting cycle in a browser: schedule, agenda with follow-up and rotation items, a proposal,
 * attendance with a proxy, a remark and a resolution, circulate, a member's comment, confirm,
 * publish, download, and the public page for an anonymous visitor (names by the agency's policy).
 */
class MeetingJourneyTest extends BrowserTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agenda;
    @Autowired MinutesContentService content;
    @Autowired tw.mainstream.meeting.domain.MinutesService minutes;

    @Test
    void secretariatRunsAMeetingFromScheduleToPublicMinutes() {
        var sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        List<Long> units = fixtures.units("內政部移民署");
        agenda.setRotation(tf, fixtures.agency("內政部移民署"), "本署 109 年性別平等工作小組第 1 次會議報告事項決議", units.subList(0, 2), sec);
        var earlier = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2021, 12, 20)), sec);
        Long item = agenda.add(earlier.getId(), new ItemDraft(AgendaItemKind.REPORT, "失聯移工安置機制", null, units.get(1), null, 1, null), sec).getId();
        content.addResolution(earlier.getId(), item, new ResolutionDraft(ResolutionKind.RESOLUTION, ResolutionOutcome.CONTINUED,
                "請賡續辦理並於下次會議報告。", units.get(1), false), sec);
        minutes.confirm(earlier.getId(), sec);

        signIn("demo-secretariat");
        open("/meetings/new?taskForceId=" + tf);
        assertAccessible();
        page.locator("#date").fill("2022-07-25");
        page.locator("#startTime").fill("14:30");
        page.locator("#place").fill("本署 10 樓第 1 會議室");
        page.locator("form button[type=submit].btn-primary").last().click();
        assertThat(page.locator("h1")).containsText("111 年第 1 次會議");
        assertAccessible();
        String meetingUrl = page.url();
        String id = meetingUrl.substring(meetingUrl.lastIndexOf('/') + 1);

        open("/meetings/" + id + "/agenda");
        assertThat(page.locator("#agenda-items")).containsText("失聯移工安置機制");
        assertThat(page.locator("#agenda-items")).containsText("性平專題報告");
        assertAccessible();
        page.locator("#proposal-kind").selectOption("REPORT");
        page.locator("#proposal-subject").fill("本署性別預算執行情形");
        page.locator("#proposal-unit").selectOption(String.valueOf(units.get(2)));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("提案")).click();
        page.locator("button:has-text('接受')").first().click();
        assertThat(page.locator("#agenda-items")).containsText("本署性別預算執行情形");

        open("/meetings/" + id + "/attendance");
        assertAccessible();
        page.locator("button[data-fill-status]").click();
        var second = page.locator("#attendance-sheet tbody tr").nth(1);
        if (second.locator("td").nth(0).textContent().contains("內聘")) {
            second.locator("select").selectOption("PROXY");
            second.locator("input[name=proxyName]").fill("李代理");
        }
        page.locator("#attendance-sheet > button[type=submit]").click();
        assertThat(page.locator("#quorum")).containsText("已達法定人數");

        open("/meetings/" + id + "/minutes/edit");
        assertAccessible();
        var card = page.locator("article.card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("本署性別預算執行情形"));
        card.locator("summary").first().click();
        card.locator("input[name=speakerName]").fill("吳嘉麗");
        card.locator("textarea[name=text]").first().fill("建議將培力課程經費納入性別預算。");
        card.locator("form").nth(0).locator("button[type=submit]").click();
        card = page.locator("article.card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("本署性別預算執行情形"));
        card.locator("summary").nth(1).click();
        card.locator("select[name=outcome]").selectOption("NOTED");
        card.locator("textarea[name=text]").last().fill("洽悉，並請各單位賡續辦理。");
        card.locator("button:has-text('新增決議')").click();
        assertThat(page.locator("body")).containsText("洽悉，並請各單位賡續辦理。");
        var followUp = page.locator("article.card").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("失聯移工安置機制"));
        followUp.getByLabel("繼續列管", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
        followUp.locator("button:has-text('儲存決定')").click();
        assertThat(followUp.locator("input[value=CONTINUED]")).isChecked();

        open("/meetings/" + id + "/minutes");
        assertThat(page.locator("article.od-document")).containsText("吳委員嘉麗");
        assertAccessible();
        page.locator("button:has-text('分送委員表示意見')").click();
        assertThat(page.locator("#minutes-status")).containsText("分送中");

        signOut();
        signIn("demo-member");
        open("/meetings/" + id + "/minutes");
        page.locator("#comment-text").fill("第一案說明請補充數據。");
        page.locator("form button:has-text('提出意見')").click();
        assertThat(page.locator("body")).containsText("第一案說明請補充數據。");
        assertAccessible();

        signOut();
        signIn("demo-secretariat");
        open("/meetings/" + id + "/minutes");
        page.locator("a:has-text('確認會議紀錄')").click();
        page.locator("button:has-text('確定確認會議紀錄')").click();
        assertThat(page.locator("#minutes-status")).containsText("已確認");
        page.locator("main a.btn-success:has-text('公開')").click();
        page.locator("button:has-text('確定公開')").click();
        assertThat(page.locator("#minutes-status")).containsText("已公開");
        APIResponse html = page.request().get(url("/api/v1/meetings/" + id + "/minutes?format=html&version=internal"));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.text()).contains("吳委員嘉麗");
        for (String format : new String[] {"odt", "pdf"}) {
            APIResponse file = page.request().get(url("/api/v1/meetings/" + id + "/minutes?format=" + format + "&version=internal"));
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body().length).isGreaterThan(1000);
        }

        signOut();
        open("/public/meetings/" + id);
        // the agency's default public-name policy: a member is named in full, as the public member list names them
        assertThat(page.locator("article.od-document")).containsText("吳委員嘉麗");
        assertAccessible();
    }
}
