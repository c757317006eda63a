package tw.mainstream.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

class HomeJourneyTest extends BrowserTest {

    @Test
    void anonymousHomeAndSignInAreAccessible() {
        open("/");
        assertThat(page.locator("h1")).containsText("Mainstream");
        assertAccessible();
        open("/login");
        assertAccessible();
        signIn("demo-secretariat");
        assertThat(page.locator("h1")).containsText("歡迎");
        assertAccessible();
    }
}
