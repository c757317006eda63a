package tw.mainstream.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import tw.mainstream.statistics.domain.ObservationStore;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

class StatisticsWebTest extends IntegrationTest {

    @Autowired
    TestUsers users;
    @Autowired
    ObservationStore observations;

    static final String BAD = "年度,職等,性別,人數\n111,簡任,男,10\n111,簡任,女,5\n111,簡任,合計,16\n111,薦任,Man,7\n";
    static final String GOOD = "年度,職等,性別,人數\n111,簡任,男,10\n111,簡任,女,5\n111,簡任,合計,15\n111,薦任,男,7\n111,薦任,女,9\n";

    long createTable(String user, String title) throws Exception {
        String location = mvc.perform(post("/statistics/tables").with(users.as(user)).with(csrf())
                        .param("title", title).param("tags", "性別平等, 人事").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long upload(String user, long table, String name, byte[] content) throws Exception {
        String location = mvc.perform(multipart("/statistics/tables/{id}/imports", table)
                        .file(new MockMultipartFile("file", name, "text/csv", content)).with(users.as(user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void importReportsRowsFixesAndPublishes() throws Exception {
        long table = createTable("demo-secretariat", "網頁測試員工統計");
        long staged = upload("demo-secretariat", table, "staff.csv", BAD.getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/statistics/imports/{id}", staged).with(users.as("demo-secretariat")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不是性別代碼")))
                .andExpect(content().string(containsString("合計不等於男＋女")));
        mvc.perform(post("/statistics/imports/{id}/confirm", staged).with(users.as("demo-secretariat")).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(observations.count(table)).isZero();
        mvc.perform(multipart("/statistics/imports/{id}/file", staged)
                        .file(new MockMultipartFile("file", "staff.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as("demo-secretariat")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/statistics/imports/{id}/confirm", staged).with(users.as("demo-secretariat")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(observations.count(table)).isEqualTo(5);
        mvc.perform(get("/statistics/tables/{id}", table).with(users.as("demo-secretariat")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("<caption>")));
        // not yet published: invisible to the public and to another agency
        mvc.perform(get("/public/datasets/{id}", table)).andExpect(status().isNotFound());
        mvc.perform(get("/statistics/tables/{id}", table).with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(get("/public/datasets").param("tag", "性別平等"))
                .andExpect(content().string(not(containsString("網頁測試員工統計"))));
        mvc.perform(post("/statistics/tables/{id}/publication", table).param("published", "true")
                .with(users.as("demo-secretariat")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/datasets").param("tag", "性別平等"))
                .andExpect(content().string(containsString("網頁測試員工統計")));
        byte[] csv = mvc.perform(get("/public/datasets/{id}/data.csv", table)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("年度,職等,性別,人數").contains("111,簡任,合計,15");
    }

    @Test
    void publicPagesAndCatalogShowDemoData() throws Exception {
        mvc.perform(get("/public")).andExpect(status().isOk()).andExpect(content().string(containsString("內政部移民署")));
        mvc.perform(get("/public/catalog.json")).andExpect(status().isOk())
                .andExpect(content().string(containsString("dcat:Dataset")))
                .andExpect(content().string(containsString("入出國人次按性別及國籍分")));
    }

    @Test
    void microdataPivotBySexOnTheDemoCrossings() throws Exception {
        mvc.perform(get("/api/v1/statistics/microdata/nia-crossings/pivot").param("rows", "國籍").param("column", "性別")
                        .param("grain", "ROC_YEAR").with(users.as("demo-secretariat")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total").value(50000));
        mvc.perform(get("/statistics/microdata/nia-crossings").param("rows", "入出境").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("入境")));
        mvc.perform(get("/api/v1/statistics/microdata")).andExpect(status().isUnauthorized());
    }
}
