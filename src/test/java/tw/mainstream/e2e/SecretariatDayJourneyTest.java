package tw.mainstream.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.meeting.MeetingFixtures;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.support.TestUsers;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.TrackingService;

/**
 * A secretariat's day (issue 13): a meeting scheduled by typing an ROC date (a bad date keeps what
 * was typed), the attendance of 15 members in one save, confirming and publishing through their
 * confirmation page, the public minutes downloaded as PDF; a liaison's report with a refused
 * attachment keeps the typed text; minutes of a meeting still to come cannot be confirmed.
 */
class SecretariatDayJourneyTest extends BrowserTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;
    @Autowired TrackingService tracking;

    @Test
    void scheduleByRocDateAttendanceInOneSavePublishWithConfirmationPublicPdf() throws Exception {
        Long tf = fixtures.taskForceWith("內政部移民署", 15);
        signIn("demo-secretariat");
        open("/meetings/new?taskForceId=" + tf);
        page.locator("#date").fill("113/13/40");
        page.locator("#startTime").fill("下午 2 時 30 分");
        page.locator("#place").fill("本署 10 樓第 1 會議室");
        page.locator("form button[type=submit].btn-primary").last().click();
        assertThat(page.locator("#date-error")).containsText("無法辨識日期「113/13/40」");
        assertThat(page.locator("#place")).hasValue("本署 10 樓第 1 會議室");
        assertThat(page.locator("#startTime")).hasValue("14:30"); // read, and shown as read
        assertAccessible();
        page.locator("#date").fill("113年3月15日");
        page.locator("form button[type=submit].btn-primary").last().click();
        assertThat(page.locator("h1")).containsText("113 年第 1 次會議");
        assertThat(page.locator("main")).containsText("113 年 3 月 15 日");
        assertThat(page.locator("main")).containsText("下午 2 時 30 分");
        String meetingUrl = page.url();
        String id = meetingUrl.substring(meetingUrl.lastIndexOf('/') + 1);

        open("/meetings/" + id + "/attendance");
        var rows = page.locator("#attendance-sheet tbody tr");
        assertThat(rows).hasCount(15);
        assertThat(statuses("UNRECORDED")).isEqualTo(15);
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("未登記者全部設為出席")).click();
        rows.nth(1).locator("select").selectOption("PROXY");
        rows.nth(1).locator("input[name=proxyName]").fill("李代理");
        rows.nth(3).locator("select").selectOption("EXCUSED");
        rows.nth(3).locator("input[name=note]").fill("公差");
        AtomicInteger posts = new AtomicInteger();
        page.onRequest(r -> {
            if (r.method().equals("POST")) {
                posts.incrementAndGet();
            }
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("儲存出席情形")).click();
        assertThat(page.locator("main .alert-success:not(#quorum)")).containsText("已儲存出席情形");
        assertThat(posts.get()).isEqualTo(1);
        assertThat(statuses("PRESENT")).isEqualTo(13);
        assertThat(statuses("EXCUSED")).isEqualTo(1);
        assertThat(rows.nth(3).locator("input[name=note]")).hasValue("公差");
        assertThat(page.locator("#quorum")).containsText("已達法定人數");

        open("/meetings/" + id + "/minutes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("確認會議紀錄")).click();
        assertThat(page.locator("h1")).hasText("確認會議紀錄？");
        assertThat(page.locator("main")).containsText("第 1 版會議紀錄即定稿");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確定確認會議紀錄")).click();
        assertThat(page.locator("#minutes-status")).containsText("已確認");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("公開").setExact(true)).click();
        assertThat(page.locator("main")).containsText("任何人都能閱讀及下載");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確定公開")).click();
        assertThat(page.locator("#minutes-status")).containsText("已公開");

        signOut();
        open("/public/meetings/" + id);
        assertAccessible();
        Download download = page.waitForDownload(() -> page.locator("#public-downloads a:has-text('PDF')").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("113").contains("會議紀錄");
            // members are named in full by the agency's default public-name policy, as on the public member list
            assertThat(text).contains("陳淑芬委員");
        }
        assertThat(page.locator("#public-downloads a:has-text('ODT')")).hasCount(1);
    }

    /** How many rows of the sign-in sheet show this status. */
    private int statuses(String status) {
        return ((Number) page.locator("#attendance-sheet select[name=status]")
                .evaluateAll("(els, s) => els.filter(e => e.value === s).length", status)).intValue();
    }

    @Test
    void minutesOfAMeetingStillToComeCannotBeConfirmed() {
        Long tf = fixtures.taskForce("內政部移民署");
        var sec = users.current("demo-secretariat");
        Long id = meetings.create(tf, MeetingFixtures.draft(LocalDate.now().plusDays(20)), sec).getId();
        signIn("demo-secretariat");
        open("/meetings/" + id + "/minutes/confirm");
        assertThat(page.locator("main .alert-warning")).containsText("尚未開會");
        assertThat(page.locator("main form button")).hasCount(0);
        assertAccessible();
        var response = page.request().post(url("/meetings/" + id + "/minutes/confirm"),
                com.microsoft.playwright.options.RequestOptions.create().setHeader("X-CSRF-TOKEN",
                        page.locator("meta[name=_csrf]").getAttribute("content")).setMaxRedirects(0));
        assertThat(response.status()).isEqualTo(302);
        open("/meetings/" + id + "/minutes");
        assertThat(page.locator("main .alert-danger")).containsText("尚未開會");
        assertThat(page.locator("#minutes-status")).not().containsText("已確認");
    }

    @Test
    void refusedAttachmentKeepsTheTypedReport() {
        var sec = users.current("demo-secretariat");
        Long agency = fixtures.agency("內政部移民署");
        Long tf = fixtures.taskForce("內政部移民署");
        Long unit = fixtures.unitNamed("內政部移民署", "移民資訊組");
        Long item = tracking.open(sec, new OpenItemCommand(tf, "請移民資訊組說明外來人口性別統計之公開時程。", unit, Set.of(),
                DueKind.NEXT_MEETING, null, Origin.external("115 年第 1 次會議", LocalDate.now().minusDays(10)))).getId();
        assertThat(agency).isNotNull();
        signIn("demo-liaison");
        open("/tracking/items/" + item);
        page.getByLabel("執行情形", new Page.GetByLabelOptions().setExact(true)).fill("已完成統計表上架，並於網站公告。");
        page.getByLabel("建議解除列管").check();
        page.locator("#files").setInputFiles(new FilePayload("會議筆記.txt", "text/plain", "筆記".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("送出")).click();
        assertThat(page.locator("main .alert-danger")).containsText("不接受檔案「會議筆記.txt」的格式");
        assertThat(page.locator("main .alert-danger")).not().containsText("[Ljava");
        assertThat(page.getByLabel("執行情形", new Page.GetByLabelOptions().setExact(true))).hasValue("已完成統計表上架，並於網站公告。");
        assertThat(page.getByLabel("建議解除列管")).isChecked();
        assertAccessible();
    }
}
