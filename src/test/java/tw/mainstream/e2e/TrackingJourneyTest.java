package tw.mainstream.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.mainstream.shared.time.RocDates;

/**
 * demo-liaison reports on the 移民資訊組 item and proposes closing; demo-secretariat sees it in the
 * follow-up table and records that the meeting closes it; the timeline shows every step;
 * demo-taipei never sees it.
 */
class TrackingJourneyTest extends BrowserTest {

    @Test
    void liaisonReportsSecretariatClosesTimelineShowsAll() {
        signIn("demo-liaison");
        open("/tracking");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("請移民資訊組參考委員意見")
                .setExact(false)).first().click();
        String itemUrl = page.url();
        assertAccessible();
        page.getByLabel("執行情形", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("已於大數據分析平臺補充分析目的與方法，並完成種子教師教育訓練。");
        page.getByLabel("建議解除列管").check();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("送出")).click();
        assertThat(page.locator("#reports")).containsText("已送出");
        String itemPath = itemUrl.substring(itemUrl.indexOf("/tracking/"));
        signOut();

        signIn("demo-taipei");
        open(itemPath);
        assertThat(page.locator("h1")).containsText("無法完成");
        open("/tracking/follow-up");
        assertThat(page.locator("#follow-up")).not().containsText("大數據分析平臺補充");
        signOut();

        signIn("demo-secretariat");
        String today = RocDates.formatShort(LocalDate.now());
        open("/tracking/follow-up?date=" + today);
        assertThat(page.locator("#follow-up")).containsText("已於大數據分析平臺補充分析目的與方法");
        assertAccessible();
        open(itemPath);
        page.locator(".decision-form input[name=meetingDate]").fill(today);
        page.locator(".decision-form input[name=meetingLabel]").fill("111 年第 2 次會議");
        page.locator(".decision-form select[name=kind]").selectOption("CLOSE");
        page.locator(".decision-form input[name=remarks]").fill("委員無意見");
        page.locator(".decision-form button[type=submit]").click();
        assertThat(page.locator("#status")).containsText("已解除列管");
        assertThat(page.locator("#timeline")).containsText("列管");
        assertThat(page.locator("#timeline")).containsText("填報執行情形");
        assertThat(page.locator("#timeline")).containsText("解除列管");
        assertThat(page.locator("#timeline li")).hasCount(3);
        assertAccessible();
        open("/tracking/follow-up?date=" + today);
        assertThat(page.locator("#follow-up")).containsText("解除列管");
        signOut();

        signIn("demo-taipei");
        open(itemPath);
        assertThat(page.locator("h1")).containsText("無法完成");
    }
}
