package tw.mainstream.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import tw.mainstream.Application;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.search.engine.SearchHit;
import tw.mainstream.search.engine.SearchIndexer;
import tw.mainstream.search.engine.SearchQuery;
import tw.mainstream.search.engine.SearchScope;
import tw.mainstream.search.engine.SearchService;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.security.MainstreamPrincipal;
import tw.mainstream.tracking.domain.DashboardFilter;
import tw.mainstream.tracking.domain.DashboardService;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackingService;

/**
 * Two nodes (two application contexts with their own ports and data folders) on one scratch
 * PostgreSQL database, as behind a load balancer: a session signed in on A works on B, an item
 * written on A is found by B's search within 2 s, B's cached dashboard shows A's write at once,
 * the reminder job runs once in the cluster, and a node that was down catches up on start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeClusterTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    ScratchPostgres db;
    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;
    Path dataB;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start() throws Exception {
        db = new ScratchPostgres();
        a = node(Files.createTempDirectory("cluster15-a"), true);
        dataB = Files.createTempDirectory("cluster15-b");
        b = node(dataB, false);
        // a node without an index rebuilds it on start; the 2 s promise is for running nodes
        a.getBean(SearchIndexer.class).awaitIdle();
        b.getBean(SearchIndexer.class).awaitIdle();
    }

    @AfterAll
    void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (db != null) {
            db.close();
        }
    }

    ConfigurableApplicationContext node(Path dataDir, boolean demo) {
        Map<String, Object> p = new HashMap<>();
        p.put("server.port", "0");
        p.put("spring.datasource.url", db.url());
        p.put("spring.datasource.username", "postgres");
        p.put("spring.datasource.password", "");
        p.put("mainstream.data-dir", dataDir.toString());
        p.put("mainstream.demo.enabled", Boolean.toString(demo));
        p.put("mainstream.cluster.enabled", "true");
        p.put("mainstream.tracking.reminders.cron", "* * * * * *");
        p.put("spring.mail.port", "1");
        // as command-line arguments: default properties would lose to application.properties
        return new SpringApplicationBuilder(Application.class)
                .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    static CurrentUser user(ConfigurableApplicationContext node, String username) {
        return ((MainstreamPrincipal) node.getBean(UserDetailsService.class).loadUserByUsername(username)).currentUser();
    }

    HttpResponse<String> get(ConfigurableApplicationContext node, String path, String session) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + path));
        if (session != null) {
            r.header("Cookie", "SESSION=" + session);
        }
        return http.send(r.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static String session(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst().orElse(null);
    }

    String signIn(ConfigurableApplicationContext node, String username) throws Exception {
        HttpResponse<String> page = get(node, "/login", null);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
        String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "SESSION=" + session(page))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return session(done);
    }

    TrackedItem openItem(ConfigurableApplicationContext node, String content) {
        CurrentUser secretariat = user(node, "demo-secretariat");
        CommitteeApi committee = node.getBean(CommitteeApi.class);
        Long taskForce = committee.taskForcesOf(secretariat.agencyId()).get(0).id();
        Long unit = committee.unitByName(secretariat.agencyId(), "國境事務大隊").orElseThrow().id();
        return node.getBean(TrackingService.class).open(secretariat, new OpenItemCommand(taskForce, content, unit,
                Set.of(), DueKind.NEXT_MEETING, null, Origin.external("113 年第 1 次會議", LocalDate.of(2024, 3, 1))));
    }

    static boolean found(ConfigurableApplicationContext node, String phrase, TrackedItem item) {
        List<SearchHit> hits = node.getBean(SearchService.class)
                .search(SearchQuery.of(phrase), SearchScope.of(user(node, "demo-secretariat"))).items();
        return hits.stream().anyMatch(h -> h.id().equals("tracked-item:" + item.getId()));
    }

    /** Milliseconds until {@code node}'s search finds the item, or -1 after {@code limitMillis}. */
    static long searchLag(ConfigurableApplicationContext node, String phrase, TrackedItem item, long limitMillis)
            throws InterruptedException {
        long start = System.nanoTime();
        while ((System.nanoTime() - start) / 1_000_000 < limitMillis) {
            if (found(node, phrase, item)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(20);
        }
        return -1;
    }

    @Test
    void aSessionSignedInOnAWorksOnB() throws Exception {
        String session = signIn(a, "demo-admin");
        assertThat(get(b, "/api/v1/accounts", null).statusCode()).as("B refuses without a session").isIn(302, 401);
        HttpResponse<String> onB = get(b, "/api/v1/accounts", session);
        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("demo-secretariat");
    }

    @Test
    void anItemWrittenOnAIsFoundBySearchOnBWithinTwoSeconds() throws Exception {
        TrackedItem item = openItem(a, "請研議跨節點青銀共居補助之推廣方式。");
        long lag = searchLag(b, "青銀共居補助", item, 2_000);
        assertThat(lag).as(() -> "search lag on B (ms); " + diagnostics(item)).isBetween(0L, 2_000L);
    }

    @Test
    void bsCachedDashboardShowsAsWriteAtOnce() {
        CurrentUser onB = user(b, "demo-secretariat");
        DashboardService dashboardB = b.getBean(DashboardService.class);
        DashboardFilter all = new DashboardFilter(null, null, false, false, null, 0);
        long before = dashboardB.dashboard(onB, all).total();
        assertThat(dashboardB.dashboard(onB, all).total()).as("served from B's cache").isEqualTo(before);
        openItem(a, "請檢討快取失效測試案。");
        assertThat(dashboardB.dashboard(onB, all).total()).isEqualTo(before + 1);
    }

    @Test
    void theReminderJobRunsOnceInTheCluster() throws InterruptedException {
        // both nodes fire every second; ShedLock holds the job for at least five minutes
        Thread.sleep(3_500);
        double runs = runs(a) + runs(b);
        assertThat(runs).isEqualTo(1.0);
    }

    String diagnostics(TrackedItem item) {
        try {
            b.getBean(SearchIndexer.class).awaitIdle();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StringBuilder d = new StringBuilder("found on B after its indexer is idle: " + found(b, "青銀共居補助", item)
                + ", on A: " + found(a, "青銀共居補助", item) + "; ");
        d.append("B at change log id " + b.getBean(tw.mainstream.shared.cluster.ChangeFeed.class).position()
                + ", latest " + b.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject("select max(id) from change_log", Long.class) + "\n");
        Thread.getAllStackTraces().forEach((t, trace) -> {
            if (t.getName().startsWith("change-feed") || t.getName().startsWith("search-indexer")) {
                d.append(t.getName()).append(' ').append(t.getState()).append('\n');
                for (StackTraceElement e : trace) {
                    d.append("  at ").append(e).append('\n');
                }
            }
        });
        return d.toString();
    }

    static double runs(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).counter("mainstream.jobs.runs", "job", "reminders").count();
    }

    @Test
    void aNodeThatWasDownCatchesUpOnStart() throws Exception {
        TrackedItem before = openItem(a, "請研議停機前的節點補齊測試案。");
        assertThat(searchLag(b, "停機前的節點補齊", before, 2_000)).isNotNegative();
        b.close();
        TrackedItem whileDown = openItem(a, "請研議停機期間寫入的日照中心性別友善設施。");
        b = node(dataB, false);
        b.getBean(SearchIndexer.class).awaitIdle();
        assertThat(found(b, "日照中心性別友善設施", whileDown)).as("replayed from the change log on start").isTrue();
        assertThat(found(b, "停機前的節點補齊", before)).isTrue();
    }
}
