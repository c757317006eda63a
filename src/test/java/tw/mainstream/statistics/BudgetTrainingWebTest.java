package tw.mainstream.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tw.mainstream.statistics.importing.RawSheet;
import tw.mainstream.statistics.importing.SheetReader;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

class BudgetTrainingWebTest extends IntegrationTest {

    @Autowired
    TestUsers users;

    @Test
    void demoBudgetComparesYearsAndExportsBothTables() throws Exception {
        mvc.perform(get("/gender-budget").param("year", "112").with(users.as("demo-secretariat")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("南區事務大隊")))
                .andExpect(content().string(containsString("112 年度與 111 年度性別預算比較")));
        byte[] ods = mvc.perform(get("/gender-budget/planned.ods").param("year", "111").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        RawSheet planned = SheetReader.read("p.ods", new ByteArrayInputStream(ods));
        assertThat(planned.header()).contains("類別", "預算數（千元）");
        assertThat(planned.rows()).anyMatch(r -> r.cells().contains("移民資訊組"));
        byte[] xlsx = mvc.perform(get("/gender-budget/spent.xlsx").param("year", "111").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(6).getStringCellValue()).isEqualTo("執行率（%）");
        }
    }

    @Test
    void administratorsAndOversightChooseTheAgencyTheyRead() throws Exception {
        Long nia = users.current("demo-secretariat").agencyId();
        Long taipei = users.current("demo-taipei").agencyId();
        // an administrator belongs to no agency: the first agency is shown, with a choice of all
        mvc.perform(get("/gender-budget").with(users.as("demo-admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<select class=\"form-select\" id=\"agencyId\"")))
                .andExpect(content().string(containsString("臺北市政府資訊局")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/gender-budget/new"))));
        mvc.perform(get("/gender-budget").param("year", "112").param("agencyId", nia.toString()).with(users.as("demo-oversight")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("南區事務大隊")))
                .andExpect(content().string(containsString("planned.ods?year=112&amp;agencyId=" + nia)));
        mvc.perform(get("/gender-budget/planned.ods").param("year", "112").param("agencyId", nia.toString())
                .with(users.as("demo-oversight"))).andExpect(status().isOk());
        mvc.perform(get("/gender-budget").param("agencyId", taipei.toString()).with(users.as("demo-oversight")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/training").param("agencyId", taipei.toString()).with(users.as("demo-admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"agencyId\"")));
        mvc.perform(get("/training").with(users.as("demo-oversight"))).andExpect(status().isOk());
    }

    @Test
    void budgetApiComputesExecutionRateAndRefusesOtherAgencies() throws Exception {
        String body = "{\"fiscalYear\":113,\"category\":\"TOOL\",\"planName\":\"API 測試項目\",\"planned\":200,\"spent\":150}";
        mvc.perform(post("/api/v1/gender-budget").with(users.as("demo-secretariat")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.executionRate").value(75.0));
        mvc.perform(post("/api/v1/gender-budget").with(users.as("demo-secretariat")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fiscalYear\":113,\"category\":\"TOOL\",\"planName\":\"\",\"planned\":-1}"))
                .andExpect(status().isBadRequest());
        Long nia = users.current("demo-secretariat").agencyId();
        mvc.perform(get("/api/v1/gender-budget").param("year", "112").param("agency", nia.toString())
                .with(users.as("demo-taipei"))).andExpect(status().isNotFound());
    }

    @Test
    void trainingRatesAndOutreachFollowUp() throws Exception {
        mvc.perform(get("/api/v1/training/summary").param("year", "114").with(users.as("demo-taipei")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.learnersFemale").value(41))
                .andExpect(jsonPath("$.appliedFemale").value(33))
                .andExpect(jsonPath("$.rates[0].group").value("主管"))
                .andExpect(jsonPath("$.rates[0].rate").value(60.0));
        mvc.perform(post("/training/courses").with(users.as("demo-taipei")).with(csrf())
                        .param("topic", "").param("hours", "2").param("format", "實體").param("heldOn", "114/5/1")
                        .param("audience", "STAFF").param("outreach", "false")
                        .param("managersMale", "1").param("managersFemale", "1").param("staffMale", "1")
                        .param("staffFemale", "1").param("learnersMale", "0").param("learnersFemale", "0")
                        .param("appliedMale", "0").param("appliedFemale", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("請輸入課程主題")));
    }

    @Test
    void publicAgencyPageShowsMembersStatisticsBudgetAndTraining() throws Exception {
        Long nia = users.current("demo-secretariat").agencyId();
        mvc.perform(get("/public/agencies/{id}", nia)).andExpect(status().isOk())
                .andExpect(content().string(containsString("員工人數按職等及性別分")))
                .andExpect(content().string(containsString("性別預算")))
                .andExpect(content().string(containsString("111 年第 1 次會議紀錄")))
                .andExpect(content().string(containsString("/public/meetings/")));
    }
}
