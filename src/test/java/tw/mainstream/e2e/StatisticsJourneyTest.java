package tw.mainstream.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;

/**
 * demo-secretariat imports an ODS of staff by grade and sex, fixes the flagged row, sees the chart
 * and the table and publishes; an anonymous visitor finds it under 性別平等 and downloads the CSV.
 */
class StatisticsJourneyTest extends BrowserTest {

    static final String TITLE = "旅程測試：員工人數按職等及性別分";

    static Path ods(String badSex) throws Exception {
        List<List<String>> rows = List.of(List.of("年度", "職等", "性別", "人數"),
                List.of("111", "簡任", "男", "12"), List.of("111", "簡任", "女", "8"),
                List.of("111", "薦任", badSex, "95"), List.of("111", "薦任", "女", "120"),
                List.of("112", "簡任", "男", "11"), List.of("112", "簡任", "女", "10"),
                List.of("112", "薦任", "男", "90"), List.of("112", "薦任", "女", "126"));
        try (OdfSpreadsheetDocument doc = OdfSpreadsheetDocument.newSpreadsheetDocument()) {
            OdfTable table = doc.getTableList().get(0);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < 4; c++) {
                    String v = rows.get(r).get(c);
                    if (r > 0 && c == 3) {
                        table.getCellByPosition(c, r).setDoubleValue(Double.valueOf(v));
                    } else {
                        table.getCellByPosition(c, r).setStringValue(v);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            Path file = Files.createTempFile("staff-", ".ods");
            Files.write(file, out.toByteArray());
            return file;
        }
    }

    @Test
    void importFixPublishAndDownload() throws Exception {
        signIn("demo-secretariat");
        open("/statistics/tables/new?preset=staff");
        assertAccessible();
        page.getByLabel("資料集名稱").fill(TITLE);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("儲存")).click();
        assertThat(page.locator("h1")).hasText(TITLE);
        assertAccessible();

        page.locator("#file").setInputFiles(ods("不明"));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("上傳並檢查")).click();
        assertThat(page.locator("#problem-table")).containsText("不是性別代碼");
        assertThat(page.locator("#problem-table tbody tr")).hasCount(1);
        assertThat(page.locator("#problem-table tbody th")).hasText("4");
        assertAccessible();

        page.locator("#file").setInputFiles(ods("男"));
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("重新上傳並檢查")).click();
        assertThat(page.getByText("未發現問題")).isVisible();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("確認匯入 8 個數值")).click();

        assertThat(page.locator("h1")).hasText(TITLE);
        assertThat(page.locator("#chart-bar-0 svg")).isVisible();
        assertThat(page.locator("#chart-bar-0")).hasAttribute("role", "img");
        assertThat(page.getByRole(AriaRole.TABLE, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName(TITLE + "：性別指標"))).containsText("57.4%");
        assertThat(page.getByRole(AriaRole.TABLE, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName(TITLE + "：全部數值"))).containsText("薦任");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("公開").setExact(true)).click();
        assertThat(page.locator(".badge").first()).hasText("已公開");

        signOut();
        open("/public");
        assertAccessible();
        page.locator("a", new com.microsoft.playwright.Page.LocatorOptions().setHasText("性別平等（")).first().click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName(TITLE)).click();
        assertThat(page.locator("h1")).hasText(TITLE);
        assertAccessible();
        Download download = page.waitForDownload(() -> page.getByText("下載 CSV（UTF-8）").click());
        byte[] csv = Files.readAllBytes(download.path());
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst()).contains("年度,職等,性別,人數");
        assertThat(text).contains("112,薦任,女,126");
    }
}
