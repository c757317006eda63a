package tw.mainstream.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * Text longer than its column and dates outside 1912-01-01..2200-12-31 answer 400 naming the
 * field (and the limit) in zh-TW, and nothing is stored; never a 409 or a 500.
 */
class InputLimitsTest extends IntegrationTest {
    @Autowired TestUsers users;
    @Autowired CommitteeApi committee;
    @Autowired JdbcTemplate jdbc;

    private String item(String content, String originDate, String dueDate) {
        var sec = users.current("demo-secretariat");
        long tf = committee.taskForcesOf(sec.agencyId()).get(0).id();
        long unit = committee.unitByName(sec.agencyId(), "移民資訊組").orElseThrow().id();
        return "{\"taskForceId\":" + tf + ",\"content\":\"" + content + "\",\"leadUnitId\":" + unit
                + ",\"dueKind\":\"" + (dueDate == null ? "NEXT_MEETING" : "DATE") + "\""
                + (dueDate == null ? "" : ",\"dueDate\":\"" + dueDate + "\"")
                + ",\"originLabel\":\"111 年第 1 次會議\",\"originDate\":\"" + originDate + "\"}";
    }

    private int items() {
        return jdbc.queryForObject("select count(*) from tracking_item", Integer.class);
    }

    @Test
    void textLongerThanItsColumnIsA400NamingFieldAndLimit() throws Exception {
        int before = items();
        mvc.perform(post("/api/v1/tracked-items").with(users.as("demo-secretariat")).with(csrf())
                        .header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content(item("長".repeat(4001), "2022-07-25", null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("content")))
                .andExpect(content().string(containsString("4,000")))
                .andExpect(content().string(containsString("最多")))
                .andExpect(jsonPath("$.errors[0].field").value("content"));
        assertThat(items()).isEqualTo(before);
        mvc.perform(post("/api/v1/tracked-items").with(users.as("demo-secretariat")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(item("長".repeat(4000), "2022-07-25", null)))
                .andExpect(status().isCreated());
    }

    @Test
    void datesOutsideTheSaneRangeAre400() throws Exception {
        int before = items();
        List<Integer> statuses = new ArrayList<>();
        for (String[] dates : new String[][] {{"0000-01-01", null}, {"+99999-01-01", null}, {"1911-12-31", null},
                {"2022-07-25", "2201-01-01"}, {"2022-07-25", "-0001-01-01"}}) {
            statuses.add(mvc.perform(post("/api/v1/tracked-items").with(users.as("demo-secretariat")).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(item("日期界限", dates[0], dates[1])))
                    .andReturn().getResponse().getStatus());
        }
        assertThat(statuses).containsOnly(400);
        assertThat(items()).isEqualTo(before);
        mvc.perform(post("/api/v1/tracked-items").with(users.as("demo-secretariat")).with(csrf())
                        .header("Accept-Language", "zh-TW").contentType(MediaType.APPLICATION_JSON)
                        .content(item("日期界限", "1911-12-31", null)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("1912-01-01")));
    }
}
