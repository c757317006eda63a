package tw.mainstream.meeting;

import tw.mainstream.meeting.domain.AttendanceStatus;
import tw.mainstream.meeting.domain.AttendanceView;

import tw.mainstream.meeting.domain.MeetingDocumentQueries;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.Meeting;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/** Pages and API: scope, conflict and refusal messages, anonymous access to public minutes only. */
class MeetingWebTest extends IntegrationTest {

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agenda;
    @Autowired MeetingApi api;
    @Autowired MeetingDocumentQueries documents;

    @Test
    void apiCreatesListsAndScopesMeetings() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        mvc.perform(post("/api/v1/meetings").with(users.as("demo-secretariat")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"taskForceId\":" + tf + ",\"date\":\"2022-07-25\",\"startTime\":\"14:30\",\"place\":\"本署 10 樓第 1 會議室\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value("111 年第 1 次會議"))
                .andExpect(jsonPath("$.chairName").value("林興春"));
        mvc.perform(get("/api/v1/meetings").param("taskForceId", tf.toString()).with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/meetings").param("taskForceId", tf.toString()).with(users.as("demo-taipei")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/meetings").with(users.as("demo-member")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"taskForceId\":" + tf + ",\"date\":\"2022-12-25\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/meetings").with(users.as("demo-secretariat")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"taskForceId\":" + tf + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("請輸入會議日期。"));
    }

    @Test
    void minutesAreInvisibleToAnonymousUntilPublished() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        Meeting m = meetings.create(tf, MeetingFlowTest.draft(LocalDate.of(2022, 7, 25)), users.current("demo-secretariat"));
        String api = "/api/v1/meetings/" + m.getId() + "/minutes";
        mvc.perform(get(api).param("version", "public")).andExpect(status().isNotFound());
        mvc.perform(get(api)).andExpect(status().isNotFound());
        mvc.perform(get("/public/meetings/" + m.getId())).andExpect(status().isNotFound());
        mvc.perform(get(api).with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(get(api).param("format", "html").with(users.as("demo-member")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("111 年性別平等工作小組")));
        mvc.perform(get(api).with(users.as("demo-oversight"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[0].number").value("壹、"));
    }

    @Test
    void theMinutesEditorTabIsShownOnlyToThoseWhoMayEdit() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        Meeting m = meetings.create(tf, MeetingFlowTest.draft(LocalDate.of(2022, 7, 25)), users.current("demo-secretariat"));
        String editor = "/meetings/" + m.getId() + "/minutes/edit";
        for (String page : new String[] {"", "/agenda", "/attendance", "/minutes"}) {
            mvc.perform(get("/meetings/" + m.getId() + page).with(users.as("demo-member")))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString(editor))));
            mvc.perform(get("/meetings/" + m.getId() + page).with(users.as("demo-secretariat")))
                    .andExpect(status().isOk()).andExpect(content().string(containsString(editor)));
        }
        mvc.perform(get(editor).with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(editor)));
        mvc.perform(get(editor).with(users.as("demo-member"))).andExpect(status().isForbidden());
    }

    @Test
    void pagesShowTheAgendaAndRefuseBadInputWithAMessage() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        Meeting m = meetings.create(tf, MeetingFlowTest.draft(LocalDate.of(2022, 7, 25)), users.current("demo-secretariat"));
        mvc.perform(get("/meetings/" + m.getId() + "/agenda").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("宣布開會")));
        mvc.perform(get("/meetings/" + m.getId()).with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(post("/meetings/" + m.getId() + "/agenda/items").with(users.as("demo-secretariat")).with(csrf())
                        .param("kind", "REPORT").param("subject", " "))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("errorKey", "meeting.error.subjectRequired"));
        Long item = agenda.add(m.getId(), new ItemDraft(AgendaItemKind.REPORT, "性別預算案", null, null, null, 1, null),
                users.current("demo-secretariat")).getId();
        mvc.perform(post("/meetings/" + m.getId() + "/agenda/items/" + item).with(users.as("demo-secretariat")).with(csrf())
                        .param("kind", "REPORT").param("subject", "改過的案由").param("version", "0"))
                .andExpect(flash().attribute("flash", "app.saved"));
        mvc.perform(post("/meetings/" + m.getId() + "/agenda/items/" + item).with(users.as("demo-secretariat")).with(csrf())
                        .param("kind", "REPORT").param("subject", "第二人的案由").param("version", "0"))
                .andExpect(flash().attribute("errorKey", "error.conflict"));
        mvc.perform(get("/meetings/" + m.getId() + "/agenda").with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString("改過的案由"))).andExpect(content().string(not(containsString("第二人的案由"))));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/meetings/" + m.getId() + "/items/" + item + "/attachments")
                        .file(new MockMultipartFile("file", "a.exe", "application/octet-stream", new byte[] {1, 2, 3}))
                        .with(users.as("demo-secretariat")).with(csrf()))
                .andExpect(flash().attribute("errorKey", "meeting.error.upload.type"));
        mvc.perform(get("/meetings/" + m.getId() + "/minutes/edit").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("未達法定人數")));
        mvc.perform(get("/meetings").with(users.as("demo-secretariat"))).andExpect(status().isOk());
        mvc.perform(get("/meetings/" + m.getId() + "/attendance").with(users.as("demo-secretariat"))).andExpect(status().isOk());
        mvc.perform(get("/meetings/" + m.getId() + "/minutes").with(users.as("demo-member"))).andExpect(status().isOk());
        mvc.perform(get("/").with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("即將召開的會議")));
        mvc.perform(get("/public/meetings")).andExpect(status().isOk());
    }

    @Test
    void refusedSignInSheetComesBackAsTypedAndSavesNothing() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        var sec = users.current("demo-secretariat");
        Meeting m = meetings.create(tf, MeetingFlowTest.draft(LocalDate.of(2022, 7, 25)), sec);
        var rows = documents.attendance(m.getId(), sec);
        var req = post("/meetings/" + m.getId() + "/attendance").with(users.as("demo-secretariat")).with(csrf());
        for (AttendanceView r : rows) {
            req.param("id", r.id().toString()).param("version", String.valueOf(r.version()))
                    .param("status", r.internal() ? "PRESENT" : "PROXY")
                    .param("proxyName", r.internal() ? "" : "外聘代理人").param("note", "視訊出席");
        }
        mvc.perform(req).andExpect(status().isOk())
                .andExpect(content().string(containsString("依規定不得委託代理出席")))
                .andExpect(content().string(containsString("外聘代理人")))
                .andExpect(content().string(containsString("視訊出席")));
        org.assertj.core.api.Assertions.assertThat(documents.attendance(m.getId(), sec))
                .allMatch(a -> a.status() == AttendanceStatus.UNRECORDED && a.note() == null);
    }

    @Test
    void meetingFormReadsRocDatesAndKeepsWhatWasTypedOnABadDate() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        mvc.perform(get("/meetings/new").param("taskForceId", tf.toString()).with(users.as("demo-secretariat")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"date\"")))
                .andExpect(content().string(containsString("id=\"startTime-hint\"")))
                .andExpect(content().string(not(containsString("is-invalid"))));
        mvc.perform(post("/meetings").with(users.as("demo-secretariat")).with(csrf()).param("taskForceId", tf.toString())
                        .param("date", "111/2/30").param("startTime", "下午 2 時").param("place", "第一會議室"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("無法辨識日期「111/2/30」")))
                .andExpect(content().string(containsString("id=\"date-error\"")))
                .andExpect(content().string(containsString("value=\"111/2/30\"")))
                // the time that could be read is shown as read (下午 2 時 → 14:00), the date that could not as typed
                .andExpect(content().string(containsString("value=\"14:00\"")))
                .andExpect(content().string(containsString("value=\"第一會議室\"")));
        mvc.perform(post("/meetings").with(users.as("demo-secretariat")).with(csrf()).param("taskForceId", tf.toString())
                        .param("date", "111年7月25日").param("startTime", "下午 2 時 30 分").param("place", "第一會議室"))
                .andExpect(status().is3xxRedirection());
        var created = api.meetingsOf(tf, users.current("demo-secretariat")).get(0);
        org.assertj.core.api.Assertions.assertThat(created.date()).isEqualTo(LocalDate.of(2022, 7, 25));
        org.assertj.core.api.Assertions.assertThat(created.startTime()).isEqualTo(java.time.LocalTime.of(14, 30));
    }
}
