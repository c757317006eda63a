package tw.mainstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tw.mainstream.support.TestDatabase;

/**
 * Browser journeys: the whole application on a random port with the demo data, driven by
 * Playwright in Debian's Chromium (no browser download), with an axe-core check per page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("e2e")
public abstract class BrowserTest {

    private static final List<String> BLOCKING = List.of("serious", "critical");

    @LocalServerPort
    protected int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;
    /** Anything the Content-Security-Policy blocked on any page of the test: must stay empty. */
    private final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", () -> "");
        registry.add("mainstream.demo.enabled", () -> "true");
        Path dataDir = Files.createTempDirectory("mainstream-e2e");
        registry.add("mainstream.data-dir", dataDir::toString);
    }

    @BeforeAll
    void launch() {
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("mainstream.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @BeforeEach
    void newContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-TW"));
        context.setDefaultTimeout(60_000);
        context.setDefaultNavigationTimeout(60_000);
        page = context.newPage();
        cspViolations.clear();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add(page.url() + ": " + m.text());
            }
        });
    }

    @AfterEach
    void closeContext() {
        context.close();
        assertThat(cspViolations).as("blocked by the Content-Security-Policy").isEmpty();
    }

    @AfterAll
    void close() {
        browser.close();
        playwright.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        page.navigate(url(path));
    }

    protected void signIn(String username) {
        open("/login");
        page.getByLabel("帳號").fill(username);
        page.getByLabel("密碼").fill("demo");
        page.locator("form button[type=submit]").click();
        page.waitForURL(url("/"));
    }

    protected void signOut() {
        context.clearCookies();
    }

    /** Fails on any serious or critical WCAG 2.1 AA violation of the page as it is now. */
    protected void assertAccessible() {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<String> blocking = results.getViolations().stream()
                .filter(v -> BLOCKING.contains(v.getImpact()))
                .map(BrowserTest::describe).toList();
        assertThat(blocking).as("axe-core violations on " + page.url()).isEmpty();
    }

    private static String describe(Rule v) {
        return v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }
}
