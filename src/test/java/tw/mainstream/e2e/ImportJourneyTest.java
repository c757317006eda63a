package tw.mainstream.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tw.mainstream.importing.ExampleMinutes;

/**
 * The secretariat imports past minutes: both example files in one upload as demo-secretariat (移民署);
 * the Taipei minutes are not the agency's, so that draft shows its units unmatched and is discarded;
 * the 移民署 minutes are checked and saved as a meeting. demo-taipei (臺北市政府資訊局) then imports its
 * own minutes. The demo data already holds both meetings, entered by hand from the same files, so
 * each save meets the duplicate warning and goes past it with 仍要建立. The printed numbers are the
 * demo's own (111 年第 1 次, 105 年第 2 次), so each import takes the next free number. Files come
 * from ../shared/examples/minutes (copies in src/test/resources).
 */
class ImportJourneyTest extends BrowserTest {

    static final Path NIA = ExampleMinutes.path("nia-111-1.txt");
    static final Path TAIPEI = ExampleMinutes.path("taipei-doit-105-2.txt");

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The newest draft row with this title (other tests of the shared database may have left older ones). */
    private Locator draftRow(String title) {
        return page.locator("#drafts tbody tr").filter(new Locator.FilterOptions().setHasText(title)).first();
    }

    @Test
    void importBothExampleMinutesAsMeetings() {
        signIn("demo-secretariat");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("匯入會議紀錄")).click();
        assertThat(page.locator("h1")).hasText("匯入歷次會議紀錄");
        assertAccessible();

        // other tests of the shared database add task forces to 移民署: choose the demo's own
        page.locator("#taskForceId").selectOption(new SelectOption().setLabel("內政部移民署性別平等工作小組"));
        page.locator("#files").setInputFiles(new Path[] {NIA, TAIPEI});
        button("上傳並讀取").click();
        assertThat(page.getByText("已讀取所有檔案並存成草稿")).isVisible();
        assertThat(draftRow("臺北市府資訊局性別平等專案小組 105 年第 2 次會議紀錄")).containsText("草稿");

        // the Taipei minutes in 移民署's task force: its units are none of 移民署's
        draftRow("臺北市府資訊局性別平等專案小組 105 年第 2 次會議紀錄").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("檢查 taipei-doit-105-2.txt")).click();
        assertThat(page.locator("#f-items-0-rows-0-unit")).hasValue("綜合企劃組");
        assertThat(page.locator("label[for=f-items-0-rows-0-unit]")).containsText("待確認");
        assertThat(page.locator("#f-items-0-rows-0-unit")).hasAccessibleName(
                java.util.regex.Pattern.compile("主辦單位\\s*待確認 / needs checking"));
        button("捨棄草稿").click();
        assertThat(page.getByText("草稿已捨棄。")).isVisible();

        draftRow("111 年性別平等工作小組第 1 次會議紀錄").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("檢查 nia-111-1.txt")).click();
        assertThat(page.locator("h1")).hasText("檢查匯入的會議紀錄");
        assertThat(page.locator(".source-lines li").filter(new Locator.FilterOptions().setHasText("主席:林副署長興春")))
                .hasCount(1);
        assertThat(page.getByLabel("標題", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("111 年性別平等工作小組第 1 次會議紀錄");
        assertThat(page.getByLabel("會議日期（民國年，例如 111/7/25）")).hasValue("111/7/25");
        assertThat(page.locator("#date-shown")).hasText("即 111 年 7 月 25 日（星期一）");
        assertThat(page.locator("#marks-summary")).containsText("有 2 個欄位");
        assertThat(page.locator(".uncertain")).hasCount(2);
        Locator outcome = page.locator("#f-items-0-resolutions-1-outcome");
        assertThat(page.locator("label[for=f-items-0-resolutions-1-outcome]")).containsText("待確認");
        assertAccessible();
        outcome.selectOption("CONTINUED");
        page.locator("#f-items-0-resolutions-1-leadUnit").fill("國際及執法事務組");
        // an item the importer should not have made goes, one it missed comes; the edits above are kept
        button("刪除第 2 案").click();
        assertThat(page.getByText("已刪除議案，草稿已儲存。")).isVisible();
        assertThat(page.locator("fieldset.item")).hasCount(2);
        assertThat(outcome).hasValue("CONTINUED");
        page.locator("#f-newItemKind").selectOption("EXTEMPORE");
        page.locator("#f-newItemTitle").fill("增列臨時動議：性別統計指標檢討");
        button("新增議案").click();
        assertThat(page.getByText("已新增議案，草稿已儲存。")).isVisible();
        assertThat(page.locator("#f-items-2-title")).hasValue("增列臨時動議：性別統計指標檢討");
        assertAccessible();
        button("儲存草稿").click();
        assertThat(page.getByText("草稿已儲存。")).isVisible();
        assertThat(page.locator(".uncertain")).hasCount(1);

        button("存成會議").click();
        assertThat(page.locator("#duplicates")).containsText("同一天已有會議");
        assertThat(page.locator("#duplicates")).containsText("111 年第 1 次會議");
        assertAccessible();
        button("仍要建立").click();

        assertThat(page.getByText("已存成會議，會議紀錄已確認。")).isVisible();
        assertThat(page.locator("#minutes-status")).hasText("已確認");
        // 第 1 次 is taken by the demo meeting: the import takes the next free number
        assertThat(page.locator("article.od-document h1")).hasText(
                java.util.regex.Pattern.compile("^內政部移民署 111 年性別平等工作小組第 [2-9] 次會議紀錄$"));
        assertThat(page.locator("article.od-document")).containsText("請移民資訊組參考委員意見，賡續辦理相關事宜。");
        assertThat(page.locator("article.od-document")).containsText("增列臨時動議：性別統計指標檢討");
        assertThat(page.locator("article.od-document")).not().containsText("本署辦理情形等 4 案");
        assertAccessible();

        signOut();
        signIn("demo-taipei");
        open("/imports");
        page.locator("#taskForceId").selectOption(new SelectOption().setLabel("臺北市府資訊局性別平等專案小組"));
        page.locator("#files").setInputFiles(TAIPEI);
        button("上傳並讀取").click();
        assertThat(page.getByText("已讀取檔案並存成草稿，請對照原文檢查。")).isVisible();
        assertThat(page.getByLabel("紀錄格式")).hasValue("CASES");
        assertThat(page.locator("#f-items-0-rows-0-unit")).hasValue("綜合企劃組");
        assertThat(page.locator(".uncertain").first()).isVisible();
        assertAccessible();
        button("存成會議").click();
        assertThat(page.locator("#duplicates")).containsText("105 年第 2 次會議");
        button("仍要建立").click();
        assertThat(page.locator("article.od-document h1")).hasText(
                java.util.regex.Pattern.compile("^臺北市府資訊局性別平等專案小組 105 年第 [2-9] 次會議紀錄$"));
        assertThat(page.locator("article.od-document")).containsText("請人事室與綜企組依性平辦與委員建議辦理。");
        assertThat(page.locator("article.od-document")).containsText("調整本屆「臺北市智慧城市委員會」委員名單性別比例");
        assertAccessible();

        open("/imports");
        assertThat(draftRow("臺北市府資訊局性別平等專案小組 105 年第 2 次會議紀錄")).containsText("已存成會議");
        assertThat(page.content()).doesNotContain("nia-111-1.txt");
    }
}
