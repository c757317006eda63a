package tw.mainstream.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.Sheets;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackingService;

/** Pages, exports and the API of tracked items, signed in as the demo accounts. */
class TrackingWebTest extends IntegrationTest {

    @Autowired TestUsers users;
    @Autowired TrackingService tracking;
    @Autowired CommitteeApi committee;

    TrackedItem itItem() {
        var sec = users.current("demo-secretariat");
        Long tf = committee.taskForcesOf(sec.agencyId()).get(0).id();
        Long unit = committee.unitByName(sec.agencyId(), "移民資訊組").orElseThrow().id();
        return tracking.open(sec, new OpenItemCommand(tf, "網頁測試 " + System.nanoTime(), unit, Set.of(),
                DueKind.NEXT_MEETING, null, Origin.external("111 年第 1 次會議", LocalDate.of(2022, 7, 25))));
    }

    @Test
    void oversightChoosesAnAgencyAndThenItsUnits() throws Exception {
        Long nia = users.current("demo-secretariat").agencyId();
        mvc.perform(get("/tracking").with(users.as("demo-oversight"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<select id=\"agencyId\"")))
                .andExpect(content().string(not(containsString("臺北市政府資訊局"))));
        mvc.perform(get("/tracking").param("agencyId", nia.toString()).with(users.as("demo-oversight")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(">移民資訊組</option>")));
        mvc.perform(get("/tracking").with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"agencyId\""))));
    }

    @Test
    void aLiaisonIsNotOfferedAUnitFilterThatCannotApplyToThem() throws Exception {
        mvc.perform(get("/tracking").with(users.as("demo-liaison"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"unitId\""))));
        mvc.perform(get("/tracking").with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unitId\"")));
    }

    @Test
    void oversightAndAdministratorsOpenTheFollowUpTableOfATaskForceTheyRead() throws Exception {
        // 內政部 has no task force of its own: oversight reads its agencies' (移民署), administrators choose among all
        mvc.perform(get("/tracking/follow-up").with(users.as("demo-oversight"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("內政部移民署性別平等工作小組")))
                .andExpect(content().string(not(containsString("臺北市府資訊局性別平等專案小組"))));
        mvc.perform(get("/tracking/follow-up.odt").with(users.as("demo-oversight"))).andExpect(status().isOk());
        mvc.perform(get("/tracking/follow-up").with(users.as("demo-admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<select id=\"taskForceId\"")))
                .andExpect(content().string(containsString("臺北市府資訊局性別平等專案小組")));
    }

    @Test
    void taipeiFollowUpTableHasTheTwoRowsOfTheMinutes() throws Exception {
        mvc.perform(get("/tracking/follow-up").with(users.as("demo-taipei"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("內容說明或裁(指)示事項")))
                .andExpect(content().string(containsString("104/10/12")))
                .andExpect(content().string(containsString("(綜合企劃組)")))
                .andExpect(content().string(containsString("104/12/28 主席裁示請辦理")))
                .andExpect(content().string(containsString("105/3/25 性平辦")))
                .andExpect(content().string(containsString("目前共 19 筆性別平等相關資料集")))
                .andExpect(content().string(not(containsString("失聯移工"))));
    }

    @Test
    void followUpTableAsOdtDocxAndPdf() throws Exception {
        byte[] odt = mvc.perform(get("/tracking/follow-up.odt").with(users.as("demo-taipei"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("opendocument.text")))
                .andReturn().getResponse().getContentAsByteArray();
        String xml = null;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(odt))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(xml).contains("智慧城市委員會").contains("是否解列").contains("104/12/28 主席裁示");
        byte[] pdf = mvc.perform(get("/tracking/follow-up.pdf").with(users.as("demo-taipei"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        mvc.perform(get("/tracking/follow-up.docx").with(users.as("demo-taipei"))).andExpect(status().isOk());
        mvc.perform(get("/tracking/follow-up.exe").with(users.as("demo-taipei"))).andExpect(status().isNotFound());
    }

    @Test
    void niaFollowUpKeepsTheShelterItemOpen() throws Exception {
        mvc.perform(get("/tracking/follow-up").with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("請國際及執法事務組依委員建議，研議相關精進措施")))
                .andExpect(content().string(containsString("請彙整相關數據送委員參考")))
                .andExpect(content().string(not(containsString("提升外來人口性別平等觀念"))));
    }

    @Test
    void columnsAreConfigurablePerTaskForce() throws Exception {
        var doit = users.current("demo-taipei");
        Long tf = committee.taskForcesOf(doit.agencyId()).get(0).id();
        mvc.perform(post("/tracking/follow-up/settings").with(users.as("demo-taipei")).with(csrf())
                .param("taskForceId", tf.toString()).param("columns", "LEAD_UNIT", "CONTENT", "CLOSED")
                .param("nextMeetingDate", "105/9/21").param("reminderDays", "5")).andExpect(status().is3xxRedirection());
        String html = mvc.perform(get("/tracking/follow-up").with(users.as("demo-taipei")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf("<th scope=\"col\">主辦單位</th>")).isPositive()
                .isLessThan(html.indexOf("<th scope=\"col\">內容說明或裁(指)示事項</th>"));
        assertThat(html).doesNotContain("<th scope=\"col\">備註</th>");
        mvc.perform(post("/tracking/follow-up/settings").with(users.as("demo-taipei")).with(csrf())
                .param("taskForceId", tf.toString()).param("columns", "MEETING_DATE", "CONTENT", "PROGRESS", "REMARKS",
                        "CLOSED").param("nextMeetingDate", "105/9/21").param("reminderDays", "7"));
    }

    @Test
    void taipeiGets404OnAnNiaItemPageAndApi() throws Exception {
        TrackedItem item = itItem();
        mvc.perform(get("/tracking/items/" + item.getId()).with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tracked-items/" + item.getId()).with(users.as("demo-taipei")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("error.notFound"));
        mvc.perform(get("/tracking/items/" + item.getId()).with(users.as("demo-liaison"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("填寫執行情形")));
    }

    @Test
    void reportWithABadAttachmentIsRefusedWithAMessage() throws Exception {
        TrackedItem item = itItem();
        var exe = new MockMultipartFile("files", "virus.exe", "application/octet-stream", new byte[] {1, 2, 3});
        mvc.perform(multipart("/tracking/items/" + item.getId() + "/reports").file(exe).with(users.as("demo-liaison"))
                .with(csrf()).param("unitId", users.current("demo-liaison").unitId().toString())
                .param("text", "說明").param("action", "submit"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("errorKey", "tracking.error.fileType"));
        var fakePdf = new MockMultipartFile("files", "report.pdf", "application/pdf", "not a pdf".getBytes());
        mvc.perform(multipart("/tracking/items/" + item.getId() + "/reports").file(fakePdf).with(users.as("demo-liaison"))
                .with(csrf()).param("unitId", users.current("demo-liaison").unitId().toString())
                .param("text", "說明").param("action", "submit"))
                .andExpect(flash().attribute("errorKey", "tracking.error.fileContent"));
        var pdf = new MockMultipartFile("files", "report.pdf", "application/pdf", "%PDF-1.4 test".getBytes());
        mvc.perform(multipart("/tracking/items/" + item.getId() + "/reports").file(pdf).with(users.as("demo-liaison"))
                .with(csrf()).param("unitId", users.current("demo-liaison").unitId().toString())
                .param("text", "說明").param("action", "submit"))
                .andExpect(flash().attribute("flash", "tracking.report.submitted"));
        mvc.perform(get("/tracking/items/" + item.getId()).with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString("report.pdf")));
    }

    @Test
    void apiOpensReportsDecidesAndRefusesEditsOfClosedItems() throws Exception {
        var sec = users.current("demo-secretariat");
        Long tf = committee.taskForcesOf(sec.agencyId()).get(0).id();
        Long unit = users.current("demo-liaison").unitId();
        String created = mvc.perform(post("/api/v1/tracked-items").with(users.as("demo-secretariat")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"taskForceId": %d, "content": "行政院性別平等會第 20 次委員會議決議", "leadUnitId": %d,
                         "originLabel": "行政院性別平等會第 20 次委員會議決議（編號 20-1）", "originDate": "2022-03-01"}
                        """.formatted(tf, unit))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.item.status").value("OPEN")).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/tracked-items/" + id + "/reports").with(users.as("demo-liaison")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"unitId": %d, "text": "已辦理完成", "proposal": "PROPOSE_CLOSE", "submit": true}
                        """.formatted(unit))).andExpect(status().isOk())
                .andExpect(jsonPath("$.reports[0].status").value("SUBMITTED"))
                .andExpect(jsonPath("$.item.status").value("OPEN"));
        mvc.perform(post("/api/v1/tracked-items/" + id + "/decisions").with(users.as("demo-liaison")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"meetingDate": "%s", "meetingLabel": "m", "kind": "CLOSE"}""".formatted(LocalDate.now())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tracked-items/" + id + "/decisions").with(users.as("demo-secretariat")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"meetingDate": "%s", "meetingLabel": "今日會議", "kind": "CLOSE"}""".formatted(LocalDate.now())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.item.status").value("CLOSED"))
                .andExpect(jsonPath("$.timeline.length()").value(3));
        mvc.perform(post("/api/v1/tracked-items/" + id + "/reports").with(users.as("demo-liaison")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"unitId": %d, "text": "再補充", "submit": false}""".formatted(unit)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("tracking.error.closed"))
                .andExpect(jsonPath("$.detail").value(containsString("已解除列管")));
        mvc.perform(post("/tracking/items/" + id).with(users.as("demo-secretariat")).with(csrf())
                .param("version", "0").param("content", "改").param("leadUnitId", unit.toString()))
                .andExpect(flash().attribute("errorKey", "tracking.error.closed"));
    }

    @Test
    void dashboardAndExports() throws Exception {
        itItem();
        mvc.perform(get("/tracking").with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("各單位列管情形")))
                .andExpect(content().string(containsString("移民資訊組")));
        byte[] csv = mvc.perform(get("/tracking/export.csv").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("請國際及執法事務組依委員建議").contains("主辦單位");
        byte[] xlsx = mvc.perform(get("/tracking/export.xlsx").with(users.as("demo-secretariat")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Sheets.read("a.xlsx", xlsx).get(0).get(2).text()).isEqualTo("內容說明或裁(指)示事項");
        byte[] ods = mvc.perform(get("/tracking/export.ods").with(users.as("demo-secretariat")))
                .andExpect(header().string("Content-Type", containsString("opendocument.spreadsheet")))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<Sheets.Value>> rows = Sheets.read("a.ods", ods);
        assertThat(rows.stream().flatMap(List::stream).map(Sheets.Value::text)).anyMatch(t -> t.contains("請國際及執法事務組依委員建議"));
        String taipeiCsv = mvc.perform(get("/tracking/export.csv").with(users.as("demo-taipei")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(taipeiCsv).contains("智慧城市").doesNotContain("國際及執法事務組");
    }

    @Test
    void exportsKeepTheAgencyChosenOnThePage() throws Exception {
        itItem();
        Long nia = users.current("demo-secretariat").agencyId();
        mvc.perform(get("/tracking").param("agencyId", nia.toString()).param("overdue", "true")
                        .with(users.as("demo-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/tracking/export.ods?agencyId=" + nia + "&amp;")))
                .andExpect(content().string(containsString("overdue=true")));
        Long taipei = users.current("demo-taipei").agencyId();
        String niaOnly = mvc.perform(get("/tracking/export.csv").param("agencyId", nia.toString())
                        .with(users.as("demo-admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(niaOnly).contains("國際及執法事務組").doesNotContain("智慧城市");
        String taipeiOnly = mvc.perform(get("/tracking/export.csv").param("agencyId", taipei.toString())
                        .with(users.as("demo-admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(taipeiOnly).contains("智慧城市").doesNotContain("國際及執法事務組");
        mvc.perform(get("/tracking/export.csv").param("agencyId", taipei.toString())
                .with(users.as("demo-secretariat"))).andExpect(status().is4xxClientError());        String everyAgency = mvc.perform(get("/tracking/export.csv").with(users.as("demo-admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(everyAgency).contains("國際及執法事務組").contains("智慧城市");
    }

    @Test
    void dashboardTablesAreCachedPerScopeAndLanguageAndDroppedOnEveryWrite() throws Exception {
        var sec = users.current("demo-secretariat");
        mvc.perform(get("/tracking").with(users.as("demo-secretariat"))).andExpect(status().isOk());
        Long tf = committee.taskForcesOf(sec.agencyId()).get(0).id();
        Long otherUnit = committee.units(sec.agencyId()).stream().filter(u -> !u.name().equals("移民資訊組"))
                .findFirst().orElseThrow().id();
        String content = "快取測試 " + System.nanoTime();
        tracking.open(sec, new OpenItemCommand(tf, content, otherUnit, Set.of(), DueKind.NEXT_MEETING, null,
                Origin.external("111 年第 1 次會議", LocalDate.of(2022, 7, 25))));
        mvc.perform(get("/tracking").with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString(content)));
        mvc.perform(get("/tracking").with(users.as("demo-liaison")))
                .andExpect(content().string(not(containsString(content))));
        mvc.perform(get("/tracking").param("lang", "en").with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString("Open items by unit")))
                .andExpect(content().string(containsString(content)));
        mvc.perform(get("/tracking").with(users.as("demo-taipei")))
                .andExpect(content().string(not(containsString(content))));
    }

    @Test
    void homePanelsSayWhatIsDue() throws Exception {
        mvc.perform(get("/").with(users.as("demo-liaison"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("本單位待辦")))
                .andExpect(content().string(containsString("待填寫的填報")));
        mvc.perform(get("/").with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString("逾期未填報的單位")));
        mvc.perform(get("/").with(users.as("demo-oversight")))
                .andExpect(content().string(containsString("列管中事項")));
    }
}
