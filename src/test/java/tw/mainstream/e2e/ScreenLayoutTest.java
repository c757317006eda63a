package tw.mainstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main pages at 1366 px (secretariat) and 390 px (member, liaison, visitor): no horizontal
 * scrolling, no button or column header taller than two lines of its text, no name or button
 * squeezed to a character or two per line. Full-page screenshots go to target/screenshots (and the
 * first screen of each page to target/screenshots/first-screen).
 */
class ScreenLayoutTest extends BrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");

    /** Runs in the page: what breaks the layout, one line per problem. */
    private static final String MEASURE = """
            () => {
              const problems = [];
              const doc = document.documentElement;
              if (doc.scrollWidth > doc.clientWidth + 1) {
                problems.push('horizontal overflow ' + doc.scrollWidth + ' > ' + doc.clientWidth);
              }
              const visible = el => el.getClientRects().length > 0 && !el.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)');
              const px = v => parseFloat(v) || 0;
              const describe = el => el.tagName.toLowerCase() + ' "' + el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 30) + '"';
              const textBox = el => { const r = document.createRange(); r.selectNodeContents(el); return r.getBoundingClientRect(); };
              for (const el of document.querySelectorAll('button, .btn, thead th, th[scope=col]')) {
                if (!visible(el) || !el.textContent.trim()) continue;
                const cs = getComputedStyle(el);
                const line = cs.lineHeight === 'normal' ? px(cs.fontSize) * 1.5 : px(cs.lineHeight);
                const height = textBox(el).height;
                if (height > 2 * line + 2) {
                  problems.push(describe(el) + ' text is ' + Math.round(height) + ' px tall, line ' + Math.round(line) + ' px');
                }
              }
              for (const el of document.querySelectorAll('button, .btn, th, .person-name')) {
                if (!visible(el)) continue;
                const text = el.textContent.trim();
                const cs = getComputedStyle(el);
                const line = cs.lineHeight === 'normal' ? px(cs.fontSize) * 1.5 : px(cs.lineHeight);
                const box = textBox(el);
                if ([...text].length >= 3 && box.height > line + 2 && box.width < 2.5 * px(cs.fontSize)) {
                  problems.push(describe(el) + ' squeezed to ' + Math.round(box.width) + ' px');
                }
              }
              return problems;
            }""";

    @Autowired JdbcTemplate jdbc;

    @Test
    void secretariatPagesAt1366() {
        page.setViewportSize(1366, 900);
        signIn("demo-secretariat");
        Long meeting = publishedMeeting();
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/meetings", "/meetings/" + meeting,
                "/meetings/" + meeting + "/agenda", "/meetings/" + meeting + "/attendance",
                "/meetings/" + meeting + "/minutes", "/meetings/" + meeting + "/minutes/edit",
                "/tracking", "/tracking/follow-up", "/tracking/items/" + trackedItem(), "/data-calls",
                "/meetings/new?taskForceId=" + taskForce()));
        paths.addAll(menuLinks());
        check("1366-secretariat", paths);
    }

    @Test
    void memberAndLiaisonPagesAt390() {
        page.setViewportSize(390, 844);
        Long meeting = publishedMeeting();
        signIn("demo-member");
        check("390-member", List.of("/", "/meetings/" + meeting, "/meetings/" + meeting + "/minutes"));
        signOut();
        signIn("demo-liaison");
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/tracking", "/tracking/items/" + trackedItem(), "/data-calls",
                "/data-calls/submissions/" + submission()));
        check("390-liaison", paths);
    }

    @Test
    void publicPagesAt390() {
        page.setViewportSize(390, 844);
        Long meeting = publishedMeeting();
        Long agency = jdbc.queryForObject("select agency_id from meeting_meeting where id = ?", Long.class, meeting);
        List<String> paths = new ArrayList<>(List.of("/public", "/public/meetings", "/public/meetings/" + meeting,
                "/public/agencies/" + agency, "/public/datasets"));
        open("/public/datasets");
        String dataset = page.locator("main a[href*='/public/datasets/']").first().getAttribute("href");
        if (dataset != null) {
            paths.add(dataset.replaceFirst("^https?://[^/]+", ""));
        }
        check("390-public", paths);
    }

    private void check(String prefix, java.util.Collection<String> paths) {
        List<String> problems = new ArrayList<>();
        for (String path : paths) {
            var response = page.navigate(url(path));
            assertThat(response.status()).as(path).isLessThan(400);
            String name = prefix + path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve(name + ".png")));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("first-screen").resolve(name + ".png")));
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(MEASURE);
            found.forEach(p -> problems.add(path + ": " + p));
        }
        assertThat(problems).as(prefix).isEmpty();
    }

    private List<String> menuLinks() {
        open("/");
        List<String> links = new ArrayList<>();
        for (var a : page.locator("#nav .navbar-nav.me-auto a.nav-link").all()) {
            String href = a.getAttribute("href");
            if (href != null && href.startsWith("/") && !href.equals("/")) {
                links.add(href);
            }
        }
        return links;
    }

    private Long publishedMeeting() {
        return jdbc.queryForObject("select min(m.id) from meeting_meeting m join committee_agency a on a.id = m.agency_id "
                + "where m.status = 'PUBLISHED' and a.name = '內政部移民署'", Long.class);
    }

    private Long trackedItem() {
        return jdbc.queryForObject("select min(i.id) from tracking_item i join committee_unit u on u.id = i.lead_unit_id "
                + "where u.name = '移民資訊組'", Long.class);
    }

    /** The demo data call's answer form of 移民資訊組: a table of inputs with hidden labels. */
    private Long submission() {
        return jdbc.queryForObject("select min(s.id) from tracking_submission s join committee_unit u on u.id = s.unit_id "
                + "where u.name = '移民資訊組'", Long.class);
    }

    private Long taskForce() {
        return jdbc.queryForObject("select min(t.id) from committee_task_force t join committee_agency a on a.id = t.agency_id "
                + "where a.name = '內政部移民署'", Long.class);
    }
}
