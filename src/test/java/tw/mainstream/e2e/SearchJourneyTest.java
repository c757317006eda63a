package tw.mainstream.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.search.engine.SearchIndexer;

/**
 * Searching in Chinese: demo-secretariat searches 列管 and 同性婚姻 on /search and finds the internal
 * minutes and tracked items of 移民署 (never another agency's); an anonymous visitor searching the
 * same on /public/search finds only published minutes, with names masked, and nothing internal.
 */
class SearchJourneyTest extends BrowserTest {

    @Autowired SearchIndexer indexer;

    @BeforeEach
    void indexReady() throws InterruptedException {
        indexer.awaitIdle();
    }

    private void search(String text) {
        page.getByLabel("關鍵字").fill(text);
        page.locator("form[role=search] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*[?&]q=.*"));
    }

    private Locator hits() {
        return page.locator("li.search-hit");
    }

    private List<String> hitLinks() {
        return hits().locator("h2 a").all().stream().map(a -> a.getAttribute("href")).toList();
    }

    private List<String> hitKinds() {
        return hits().locator("p.small span:first-child").allTextContents();
    }

    @Test
    void secretariatSeesInternalRecordsThePublicOnlyPublishedMaskedMinutes() {
        signIn("demo-secretariat");
        open("/search");
        assertAccessible();
        search("列管");
        assertThat(hits().first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(hitKinds()).contains("列管事項");
        org.assertj.core.api.Assertions.assertThat(hitLinks()).anyMatch(h -> h.startsWith("/tracking/items/"));
        assertThat(page.locator("section")).not().containsText("臺北市府資訊局性別平等專案小組");
        assertThat(hits().locator("mark").first()).hasText("列管");
        assertAccessible();

        search("同性婚姻");
        // other journeys may import the same minutes again: at least the demo's own records
        assertThat(hits().filter(new Locator.FilterOptions().setHasText("持續追蹤列管同性婚姻合法化等議題")).first()).isVisible();
        assertThat(hits().filter(new Locator.FilterOptions().setHasText("111 年性別平等工作小組第 1 次會議紀錄")).first()).isVisible();
        int internalCount = hits().count();
        assertAccessible();
        // narrowed to the lead unit and to items still tracked: the minutes drop out
        page.getByLabel("單位").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("移民事務組"));
        page.getByLabel("列管狀態").selectOption("OPEN");
        page.locator("form[role=search] button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*status=OPEN.*"));
        assertThat(hits().first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(hitKinds()).isNotEmpty().allMatch("列管事項"::equals);
        assertAccessible();
        hits().first().getByRole(AriaRole.LINK).click();
        assertThat(page.locator("#content")).containsText("同性婚姻合法化");
        signOut();

        open("/public/search");
        assertAccessible();
        search("同性婚姻");
        assertThat(hits().first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(hits().count()).isLessThan(internalCount);
        org.assertj.core.api.Assertions.assertThat(hitKinds()).isNotEmpty().allMatch("會議紀錄"::equals);
        org.assertj.core.api.Assertions.assertThat(hitLinks()).isNotEmpty().allMatch(h -> h.startsWith("/public/"));
        assertThat(page.locator("section")).not().containsText("持續追蹤列管同性婚姻合法化等議題");
        assertThat(page.getByLabel("單位")).hasCount(0);
        assertAccessible();

        search("列管");
        org.assertj.core.api.Assertions.assertThat(hitKinds()).isNotEmpty().allMatch("會議紀錄"::equals);
        org.assertj.core.api.Assertions.assertThat(hitLinks()).allMatch(h -> h.startsWith("/public/meetings/"));
        // the published Taipei minutes are public; their members' names only masked
        Locator taipei = hits().filter(new Locator.FilterOptions().setHasText("臺北市府資訊局性別平等專案小組"));
        assertThat(taipei).hasCount(1);
        assertThat(taipei).containsText("吳O麗委員");
        assertThat(taipei).not().containsText("吳嘉麗");
        assertThat(page.locator("section")).not().containsText("主辦單位：");
        assertAccessible();
        taipei.getByRole(AriaRole.LINK).click();
        assertThat(page.locator("h1")).containsText("會議紀錄");
    }
}
