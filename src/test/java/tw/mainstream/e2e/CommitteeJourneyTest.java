package tw.mainstream.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The secretariat adds a woman as external member and sees the gender rule pass; then ends the seat again. */
class CommitteeJourneyTest extends BrowserTest {

    private com.microsoft.playwright.Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void secretariatAddsAMemberAndTheComplianceReportChanges() {
        signIn("demo-secretariat");
        open("/task-forces");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("內政部移民署性別平等工作小組")).click();
        assertThat(page.locator("h1")).hasText("內政部移民署性別平等工作小組");
        assertThat(page.locator("#compliance tr[data-rule=GENDER]")).hasAttribute("data-level", "FAIL");
        assertThat(page.locator("#compliance")).containsText("女性委員 4 人，少於三分之一（14 人需至少 5 人）");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新增委員")).click();
        assertAccessible();
        label("姓名").fill("林O君");
        label("性別").selectOption("FEMALE");
        label("職稱").fill("副教授");
        label("服務單位").fill("國立清華大學通識教育中心");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("新增").setExact(true)).click();

        assertThat(page.locator("[role=status].alert")).containsText("委員已新增");
        assertThat(page.locator("#members")).containsText("林O君");
        assertThat(page.locator("#compliance tr[data-rule=GENDER]")).hasAttribute("data-level", "PASS");
        assertThat(page.locator("#compliance")).containsText("女性委員 5 人");

        // the compliance panel also answers for a past date (htmx swaps only the panel)
        label("檢核日期").fill("111/7/25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("檢核")).click();
        assertThat(page.locator("#compliance")).containsText("111 年 7 月 25 日（星期一）");
        assertThat(page.locator("#compliance tr[data-rule=GENDER]")).hasAttribute("data-level", "FAIL");

        // end the new seat again: the report is back to one problem
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("編輯委員：林O君")).click();
        label("異動原因").fill("測試結束");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("委員卸任")).click();
        assertThat(page.locator("[role=status].alert")).containsText("已登錄委員卸任");
        assertThat(page.locator("#compliance tr[data-rule=GENDER]")).hasAttribute("data-level", "FAIL");

        open("/agencies");
        assertAccessible();
        open("/committees");
        assertThat(page.locator("h1")).hasText("機關其他委員會登錄");
        assertAccessible();
        open("/");
        assertThat(page.locator("#committee-home-title")).isVisible();
        assertAccessible();
    }
}
