package tw.mainstream.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.tracking.domain.Sheets;

/** Gender budget call to two units: one submits, one is returned and resubmits; the consolidated ODS has both. */
class DataCallJourneyTest extends BrowserTest {

    @Test
    void sendFillReturnResubmitConsolidate() throws Exception {
        signIn("demo-secretariat");
        open("/data-calls");
        page.locator("#templateCode").selectOption("GENDER_BUDGET");
        page.locator("#title").fill("旅程測試性別預算");
        page.locator("#deadline").fill(RocDates.formatShort(LocalDate.now().plusDays(14)));
        page.getByLabel("移民資訊組").check();
        page.getByLabel("秘書室").check();
        page.locator("#send-form button[type=submit]").click();
        assertThat(page.locator("#submissions")).containsText("尚未填寫");
        String callPath = page.url().substring(page.url().indexOf("/data-calls/"));
        assertAccessible();
        fill("[data-recipient=秘書室]", "育嬰留職停薪職務代理人", "300");
        signOut();

        signIn("demo-liaison");
        open(callPath);
        fill("[data-recipient=移民資訊組]", "性別統計資訊系統", "1200");
        signOut();

        signIn("demo-secretariat");
        open(callPath);
        page.locator("[data-recipient=移民資訊組] input[name=comment]").fill("請補充性別議題");
        page.locator("[data-recipient=移民資訊組] button.btn-warning").click();
        assertThat(page.locator("[data-recipient=移民資訊組]")).containsText("退回補正");
        page.locator("[data-recipient=秘書室] button.btn-success").click();
        signOut();

        signIn("demo-liaison");
        open(callPath);
        assertThat(page.locator("[data-recipient=移民資訊組]")).containsText("請補充性別議題");
        fill("[data-recipient=移民資訊組]", "性別統計資訊系統（補充）", "1250");
        signOut();

        signIn("demo-secretariat");
        open(callPath);
        page.locator("[data-recipient=移民資訊組] button.btn-success").click();
        Download download = page.waitForDownload(() -> page.locator("a[href$='consolidated.ods']").click());
        String table = Sheets.read("c.ods", Files.readAllBytes(download.path())).toString();
        assertThat(table).contains("性別統計資訊系統（補充）").contains("育嬰留職停薪職務代理人").contains("1250").contains("300");
    }

    private void fill(String row, String plan, String amount) {
        page.locator(row + " a.btn-outline-primary").click();
        page.locator("#f_fiscalYear").fill("112");
        page.locator("select[name=t_items_0_category]").selectOption("其他類");
        page.locator("input[name=t_items_0_plan]").fill(plan);
        page.locator("input[name=t_items_0_planned]").fill(amount);
        assertAccessible();
        page.locator("#answer-form button[value=submit]").click();
        assertThat(page.locator(row)).containsText("已送出");
    }
}
