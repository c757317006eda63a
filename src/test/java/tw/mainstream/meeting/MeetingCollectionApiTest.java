package tw.mainstream.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * Collections list what the caller may read, as a JSON array with X-Total-Count and, when a page
 * is asked for, Link headers: meetings (with or without a task force), tracked items, data calls.
 */
class MeetingCollectionApiTest extends IntegrationTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;

    @Test
    void meetingsWithoutTaskForceAreThoseTheCallerMayRead() throws Exception {
        var sec = users.current("demo-secretariat");
        Long id = meetings.create(fixtures.taskForce("內政部移民署"), MeetingFixtures.draft(LocalDate.of(2021, 3, 3)), sec)
                .getId();
        mvc.perform(get("/api/v1/meetings").param("from", "2021-03-03").param("to", "2021-03-03")
                        .with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(header().exists("X-Total-Count"))
                .andExpect(content().string(containsString("\"id\":" + id + ",")));
        mvc.perform(get("/api/v1/meetings").param("from", "2021-03-03").param("to", "2021-03-03")
                        .with(users.as("demo-taipei")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(
                        containsString("\"id\":" + id + ","))));
        String tf = String.valueOf(fixtures.taskForce("內政部移民署"));
        mvc.perform(get("/api/v1/meetings").param("taskForceId", tf).with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
        mvc.perform(get("/api/v1/meetings").param("taskForceId", tf).with(users.as("demo-taipei")))
                .andExpect(status().isNotFound());
    }

    @Test
    void pagesCarryTotalAndLinks() throws Exception {
        var sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2020, 5, 1)), sec);
        meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2020, 6, 1)), sec);
        var response = mvc.perform(get("/api/v1/meetings").param("size", "1").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andReturn().getResponse();
        assertThat(Integer.parseInt(response.getHeader("X-Total-Count"))).isGreaterThanOrEqualTo(2);
        assertThat(response.getHeader("Link")).contains("rel=\"next\"", "rel=\"last\"", "page=1");
        mvc.perform(get("/api/v1/meetings").param("size", "0").with(users.as("demo-secretariat")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/tracked-items").param("page", "0").param("size", "2")
                        .with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(header().exists("X-Total-Count"))
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.lessThanOrEqualTo(2)));
        mvc.perform(get("/api/v1/data-calls").param("page", "0").param("size", "5").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(header().exists("X-Total-Count"))
                .andExpect(header().string("Link", containsString("rel=\"first\"")));
    }
}
