package tw.mainstream.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * Two PUTs sent at once with the same version: one wins, the other answers 409 with the conflict
 * message. Never both 200 (a silent overwrite).
 */
class LostUpdateTest extends IntegrationTest {
    static final int PAIRS = 10;
    static final ExecutorService POOL = Executors.newFixedThreadPool(2);
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestUsers users;

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void committeePairsNeverBothWin() throws Exception {
        long agency = users.current("demo-secretariat").agencyId();
        assertNoLostUpdate("/api/v1/committees", id -> "/api/v1/committees/" + id,
                (name) -> "{\"agencyId\":" + agency + ",\"name\":\"" + name + "\",\"women\":3,\"men\":3,\"other\":0", "demo-secretariat");
    }

    @Test
    void genderBudgetPairsNeverBothWin() throws Exception {
        assertNoLostUpdate("/api/v1/gender-budget", id -> "/api/v1/gender-budget/" + id,
                (name) -> "{\"fiscalYear\":113,\"category\":\"PLAN\",\"planName\":\"" + name + "\",\"planned\":10",
                "demo-secretariat");
    }

    @Test
    void agencyUnitPairsNeverBothWin() throws Exception {
        long agency = users.current("demo-secretariat").agencyId();
        assertNoLostUpdate("/api/v1/agencies/" + agency + "/units", id -> "/api/v1/agencies/" + agency + "/units/" + id,
                (name) -> "{\"name\":\"" + name + "\",\"sortOrder\":90,\"active\":true", "demo-secretariat");
    }

    /** Creates a record per pair, then sends two updates with its version at the same moment. */
    private void assertNoLostUpdate(String create, Function<Long, String> update, Function<String, String> body,
                                    String user) throws Exception {
        int bothAccepted = 0;
        int conflicts = 0;
        for (int pair = 0; pair < PAIRS; pair++) {
            String created = mvc.perform(post(create).with(users.as(user)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body.apply("並行 " + System.nanoTime()) + "}"))
                    .andReturn().getResponse().getContentAsString();
            JsonNode node = JSON.readTree(created);
            assertThat(node.has("id")).as(created).isTrue();
            long id = node.get("id").asLong();
            long version = node.get("version").asLong();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Future<Integer>> both = POOL.invokeAll(List.of(
                    send(start, update.apply(id), body.apply("甲 " + pair) + ",\"version\":" + version + "}", user),
                    send(start, update.apply(id), body.apply("乙 " + pair) + ",\"version\":" + version + "}", user)));
            int a = both.get(0).get();
            int b = both.get(1).get();
            assertThat(List.of(a, b)).as("statuses of pair %d", pair).allMatch(s -> s == 200 || s == 409);
            if (a == 200 && b == 200) {
                bothAccepted++;
            }
            if (a == 409 || b == 409) {
                conflicts++;
            }
        }
        System.out.printf("lost-update %s: %d pairs, %d both accepted, %d conflicts%n", create, PAIRS, bothAccepted,
                conflicts);
        assertThat(bothAccepted).as("pairs both accepted").isZero();
        assertThat(conflicts).isEqualTo(PAIRS);
    }

    private Callable<Integer> send(CyclicBarrier start, String url, String json, String user) {
        var as = users.as(user);
        return () -> {
            start.await();
            return mvc.perform(put(url).with(as).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json))
                    .andReturn().getResponse().getStatus();
        };
    }
}
