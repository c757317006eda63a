package tw.mainstream.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tw.mainstream.search.engine.SearchHit;
import tw.mainstream.search.engine.SearchIndexer;
import tw.mainstream.search.engine.SearchQuery;
import tw.mainstream.search.engine.SearchScope;
import tw.mainstream.search.engine.SearchService;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/** A statistical table created through the API (no data yet) is in the search index at once. */
class StatTableIndexTest extends IntegrationTest {
    @Autowired TestUsers users;
    @Autowired SearchIndexer indexer;
    @Autowired SearchService search;

    @Test
    void tableCreatedThroughTheApiIsFound() throws Exception {
        mvc.perform(post("/api/v1/statistics/tables").with(users.as("demo-secretariat")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"新住民婦女創業輔導人數\",\"description\":\"依性別分\"}"))
                .andExpect(status().isCreated());
        indexer.awaitIdle();
        var hits = search.search(SearchQuery.of("新住民婦女創業輔導"),
                SearchScope.of(users.current("demo-secretariat"))).items();
        assertThat(hits).extracting(SearchHit::title).contains("新住民婦女創業輔導人數");
        assertThat(search.search(SearchQuery.of("新住民婦女創業輔導"), SearchScope.of(users.current("demo-taipei")))
                .items()).isEmpty();
    }
}
