package tw.mainstream.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.committee.CommitteeApi;

/**
 * The loop every secretariat lives in, on the demo as a new user: 移民署's 111 年第 2 次 is scheduled
 * and its agenda follows up the open tracked items with the units' latest reports; the liaison
 * reports and proposes closing; confirming is refused until every entry has an outcome; the
 * recorded 解除列管 / 繼續列管 reach the dashboard, the follow-up table, the timelines and the files.
 */
@org.junit.jupiter.api.Order(1)
class TrackingJourneyTest extends BrowserTest {

    private static final String SHELTER = "移民署協助失聯移工懷孕或攜子婦女安置機制";
    private static final String BIG_DATA = "如何運用資訊協助各單位業務規劃納入性別統計";
    private static final String MARRIAGE = "同性婚姻合法化";

    @Autowired CommitteeApi committee;

    @Test
    void nextMeetingFollowsUpDecidesAndEveryViewAgrees() throws IOException {
        Long tf = committee.taskForcesOf(committee.agencyByName("內政部移民署").orElseThrow().id()).get(0).id();
        signIn("demo-secretariat");
        open("/meetings/new?taskForceId=" + tf);
        page.locator("#date").fill("2022-12-15");
        page.locator("#startTime").fill("14:30");
        page.locator("#place").fill("本署 10 樓第 1 會議室");
        page.locator("form button[type=submit].btn-primary").last().click();
        assertThat(page.locator("h1")).containsText("111 年第 2 次會議");
        String meetingUrl = page.url();
        String id = meetingUrl.substring(meetingUrl.lastIndexOf('/') + 1);

        open("/meetings/" + id + "/agenda");
        Locator agenda = page.locator("#agenda-items");
        assertThat(agenda).containsText("有關本署性平專題報告：「" + SHELTER + "」案");
        assertThat(agenda).containsText("已彙整懷孕失聯移工安置相關數據送委員參考");
        assertThat(agenda).containsText("有關本署性平專題報告：「" + BIG_DATA + "」案");
        assertThat(agenda).containsText(MARRIAGE);
        assertAccessible();
        signOut();

        signIn("demo-liaison");
        open("/tracking");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("請移民資訊組參考委員意見").setExact(false))
                .first().click();
        String itemPath = page.url().substring(page.url().indexOf("/tracking/"));
        page.getByLabel("執行情形", new Page.GetByLabelOptions().setExact(true))
                .fill("已於大數據分析平臺補充分析目的與方法，並完成種子教師教育訓練。");
        page.getByLabel("建議解除列管").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送出")).click();
        assertThat(page.locator("#reports")).containsText("已送出");
        assertAccessible();
        signOut();

        signIn("demo-taipei");
        open(itemPath);
        assertThat(page.locator("h1")).containsText("無法完成");
        signOut();

        signIn("demo-secretariat");
        open("/meetings/" + id + "/minutes");
        page.locator("a:has-text('確認會議紀錄')").click();
        page.locator("button:has-text('確定確認會議紀錄')").click();
        assertThat(page.locator(".alert-danger")).containsText("上次會議決議辦理情形尚有未決定者：有關本署性平專題報告：「"
                + SHELTER + "」案");
        assertThat(page.locator("#minutes-status")).not().containsText("已確認");
        assertAccessible();

        open("/meetings/" + id + "/minutes/edit");
        assertAccessible();
        decide(SHELTER, "繼續列管");
        decide(MARRIAGE, "繼續列管");
        decide(BIG_DATA, "解除列管");
        open("/meetings/" + id + "/minutes");
        page.locator("a:has-text('確認會議紀錄')").click();
        page.locator("button:has-text('確定確認會議紀錄')").click();
        assertThat(page.locator("#minutes-status")).containsText("已確認");

        open(itemPath);
        assertThat(page.locator("#status")).containsText("已解除列管（111 年第 2 次會議）");
        assertThat(page.locator("#timeline")).containsText("填報執行情形");
        assertThat(page.locator("#timeline")).containsText("解除列管");
        assertAccessible();
        open("/tracking");
        assertThat(page.locator("#items")).not().containsText("請移民資訊組參考委員意見");
        assertThat(page.locator("#items")).containsText("請國際及執法事務組依委員建議");
        page.locator("#items a:has-text('請國際及執法事務組依委員建議')").first().click();
        assertThat(page.locator("#status")).containsText("列管中");
        assertThat(page.locator("#timeline")).containsText("繼續列管");
        open("/tracking/follow-up?date=111/12/15");
        assertThat(page.locator("#follow-up")).containsText("解除列管");
        assertThat(page.locator("#follow-up")).containsText("繼續列管");
        assertAccessible();

        String odt = odtText(page.request().get(url("/api/v1/meetings/" + id + "/minutes?format=odt&version=internal")));
        org.assertj.core.api.Assertions.assertThat(odt).contains("解除列管", "繼續列管", BIG_DATA);
        APIResponse pdf = page.request().get(url("/api/v1/meetings/" + id + "/minutes?format=pdf&version=internal"));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(doc)).contains("解除列管", "繼續列管");
        }
    }

    /** Records the meeting's outcome on the follow-up entry whose title holds {@code words}. */
    private void decide(String words, String outcome) {
        Locator card = page.locator("article.card").filter(new Locator.FilterOptions().setHasText(words));
        card.getByLabel(outcome, new Locator.GetByLabelOptions().setExact(true)).check();
        card.locator("button:has-text('儲存決定')").click();
        assertThat(page.locator(".alert-success").filter(new Locator.FilterOptions().setHasText("已儲存"))).isVisible();
    }

    private static String odtText(APIResponse response) throws IOException {
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        throw new AssertionError("no content.xml in the ODT");
    }
}
