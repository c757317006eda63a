package tw.mainstream.search.engine;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/** Search answers each reader within their scope, exactly as the pages do. */
class SearchScopeIntegrationTest extends IntegrationTest {

    @Autowired
    SearchIndexer indexer;
    @Autowired
    TestUsers users;

    @BeforeEach
    void indexEverything() throws Exception {
        indexer.startRebuild().get();
    }

    @Test
    void ownAgencyFindsItsMembersOtherAgencyAndPublicDoNot() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "林興春").with(users.as("demo-secretariat")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title", Matchers.containsString("林興春")));
        mvc.perform(get("/api/v1/search").param("q", "林興春").with(users.as("demo-taipei")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalHits").value(0));
        mvc.perform(get("/api/v1/public/search").param("q", "林興春"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalHits").value(0));
    }

    @Test
    void publicFindsPublishedStatisticsTables() throws Exception {
        mvc.perform(get("/api/v1/public/search").param("q", "職等").param("kind", "STAT_TABLE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalHits", Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.items[0].snippet", Matchers.containsString("<mark>")));
    }

    @Test
    void chineseQueriesMatchPhrasesInMinutesWithinScope() throws Exception {
        // 同性婚姻 stands in the NIA 111-1 minutes, published: both the agency and the public find it
        mvc.perform(get("/api/v1/search").param("q", "同性婚姻").param("kind", "MINUTES").with(users.as("demo-secretariat")))
                .andExpect(jsonPath("$.totalHits", Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.items[0].snippet", Matchers.containsString("<mark>同性婚姻</mark>")));
        mvc.perform(get("/api/v1/public/search").param("q", "同性婚姻").param("kind", "MINUTES"))
                .andExpect(jsonPath("$.totalHits", Matchers.greaterThan(0)));
        mvc.perform(get("/api/v1/search").param("q", "同性婚姻").param("kind", "MINUTES").with(users.as("demo-taipei")))
                .andExpect(jsonPath("$.totalHits").value(0));
        // 列管 appears in 解除列管 / 繼續列管 of the follow-up sections
        mvc.perform(get("/api/v1/search").param("q", "列管").with(users.as("demo-secretariat")))
                .andExpect(jsonPath("$.totalHits", Matchers.greaterThan(0)));
    }

    @Test
    void oversightReadsItsSubAgencies() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "林興春").with(users.as("demo-oversight")))
                .andExpect(jsonPath("$.totalHits", Matchers.greaterThan(0)));
    }

    @Test
    void searchPageHighlightsAndAcceptsAnyInput() throws Exception {
        mvc.perform(get("/search").param("q", "林興春").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("共 ")));
        mvc.perform(get("/search").param("q", "\"((( AND OR body:x").param("year", "abc").with(users.as("demo-secretariat")))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/public/search").param("q", "\"((( AND OR body:x")).andExpect(status().isOk());
    }

    @Test
    void publicSearchFormOffersOnlyWhatCanBePublished() throws Exception {
        mvc.perform(get("/public/search"))
                .andExpect(content().string(Matchers.containsString("value=\"MINUTES\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"TRACKED_ITEM\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"status\""))));
        mvc.perform(get("/search").with(users.as("demo-secretariat")))
                .andExpect(content().string(Matchers.containsString("value=\"TRACKED_ITEM\"")))
                .andExpect(content().string(Matchers.containsString("id=\"status\"")));
    }

    @Test
    void apiPagesHoldTenHitsUnlessTheCallerAsks() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "列管").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(10));
        mvc.perform(get("/api/v1/search").param("q", "列管").param("size", "2").with(users.as("demo-secretariat")))
                .andExpect(jsonPath("$.size").value(2)).andExpect(jsonPath("$.items.length()").value(Matchers.lessThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/search").param("q", "列管").param("size", "5000").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(100));
        mvc.perform(get("/api/v1/search").param("q", "列管").param("size", "many").with(users.as("demo-secretariat")))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void anonymousApiSearchOutsidePublicIs401() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "列管")).andExpect(status().isUnauthorized());
    }

    @Test
    void rebuildPageIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/search-index").with(users.as("demo-secretariat"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/search-index").with(users.as("demo-admin"))).andExpect(status().isOk());
    }
}
