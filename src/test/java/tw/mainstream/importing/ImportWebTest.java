package tw.mainstream.importing;

import tw.mainstream.meeting.domain.MeetingDocumentQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.importing.draft.DraftContent;
import tw.mainstream.importing.draft.DraftStatus;
import tw.mainstream.importing.draft.ImportDraft;
import tw.mainstream.importing.draft.ImportDraftRepository;
import tw.mainstream.importing.draft.MinutesImportService;
import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MeetingFixtures;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.meeting.MeetingView;
import tw.mainstream.meeting.ResolutionView;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * The import pages: drafts scoped to the agency, bad uploads refused whole, the example minutes saved
 * as a meeting with their header, items and resolutions, open follow-up work tracked, the warning on
 * a second meeting the same day, and a stale edit refused. Each test imports into a task force of its own.
 */
class ImportWebTest extends IntegrationTest {
    static final String NIA = "nia-111-1.txt";
    static final String TAIPEI = "taipei-doit-105-2.txt";

    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired ImportDraftRepository drafts;
    @Autowired MinutesImportService imports;
    @Autowired MeetingApi meetings;
    @Autowired MeetingDocumentQueries documents;
    @Autowired CommitteeApi committee;
    @Autowired JdbcTemplate jdbc;

    static MockMultipartFile file(String name) {
        return new MockMultipartFile("files", name, "text/plain", ExampleMinutes.bytes(name));
    }

    MockMultipartHttpServletRequestBuilder upload(String user, Long taskForce, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder b = multipart("/imports");
        for (MockMultipartFile f : files) {
            b.file(f);
        }
        if (taskForce != null) {
            b.param("taskForceId", taskForce.toString());
        }
        b.with(users.as(user)).with(csrf());
        return b;
    }

    Long importOne(String user, Long taskForce, String name) throws Exception {
        String url = mvc.perform(upload(user, taskForce, file(name))).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/imports/");
        return Long.valueOf(url.substring("/imports/".length()));
    }

    DraftContent draftContent(Long id) {
        return imports.content(drafts.findById(id).orElseThrow());
    }

    /** The review form as the browser posts it, after {@code edit}. */
    MockHttpServletRequestBuilder form(String user, Long id, long version, String action, Consumer<DraftContent> edit) {
        DraftContent c = draftContent(id);
        edit.accept(c);
        MockHttpServletRequestBuilder b = post("/imports/" + id).with(users.as(user)).with(csrf())
                .param("version", String.valueOf(version)).param("action", action);
        for (Map.Entry<String, String> e : c.fields().entrySet()) {
            if (e.getValue() != null) {
                b.param(e.getKey(), e.getValue());
            }
        }
        return b;
    }

    long version(Long id) {
        return drafts.findById(id).orElseThrow().getVersion();
    }

    Long unit(String agency, String name) {
        return committee.unitByName(fixtures.agency(agency), name).map(UnitView::id).orElseThrow();
    }

    List<Map<String, Object>> trackedItemsOf(Long taskForce) {
        return jdbc.queryForList("select lead_unit_id, origin_meeting_id, origin_resolution_id, origin_date, content "
                + "from tracking_item where task_force_id = ? order by id", taskForce);
    }

    @Test
    void draftsAreScopedToTheAgency() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        Long id = importOne("demo-secretariat", tf, NIA);
        mvc.perform(get("/imports/" + id).with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("111 年性別平等工作小組第 1 次會議紀錄")))
                .andExpect(content().string(containsString("待確認 / needs checking")))
                .andExpect(content().string(containsString("壹、宣布開會")));
        mvc.perform(get("/imports").with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString("/imports/" + id + "\"")));
        mvc.perform(get("/imports/" + id).with(users.as("demo-admin"))).andExpect(status().isOk());
        mvc.perform(get("/imports/" + id).with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(get("/imports").with(users.as("demo-taipei")))
                .andExpect(content().string(not(containsString("/imports/" + id + "\""))));
        mvc.perform(form("demo-taipei", id, version(id), "save", c -> c.title = "改掉")).andExpect(status().isNotFound());
        mvc.perform(post("/imports/" + id + "/meeting").with(users.as("demo-taipei")).with(csrf())
                .param("version", String.valueOf(version(id)))).andExpect(status().isNotFound());
        mvc.perform(get("/imports/" + id).with(users.as("demo-member"))).andExpect(status().isForbidden());
        assertThat(draftContent(id).title).isEqualTo("111 年性別平等工作小組第 1 次會議紀錄");
    }

    @Test
    void badUploadsSaveNothing() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        long before = drafts.count();
        mvc.perform(upload("demo-secretariat", tf, new MockMultipartFile("files", "minutes.exe", "application/octet-stream",
                        new byte[] {1, 2, 3})))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("所有檔案都沒有儲存")))
                .andExpect(content().string(containsString("不支援這種檔案，請上傳 TXT、DOCX、ODT 或 PDF 檔。")));
        mvc.perform(upload("demo-secretariat", tf, new MockMultipartFile("files", "empty.txt", "text/plain", new byte[0])))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("檔案是空的。")));
        mvc.perform(upload("demo-secretariat", tf, file(NIA), new MockMultipartFile("files", "old.doc",
                        "application/msword", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("old.doc")))
                .andExpect(content().string(containsString("不支援這種檔案")));
        mvc.perform(upload("demo-secretariat", tf, new MockMultipartFile("files", "notes.txt", "text/plain",
                        "今天天氣很好，大家辛苦了。".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("無法讀取：")))
                .andExpect(content().string(containsString("請確認是否為會議紀錄")));
        mvc.perform(upload("demo-secretariat", tf, new MockMultipartFile("files", "big.txt", "text/plain",
                        new byte[21 * 1024 * 1024])))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("檔案超過 20 MB。")));
        mvc.perform(upload("demo-secretariat", tf))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("請選擇至少一個檔案。")));
        mvc.perform(upload("demo-secretariat", null, file(NIA)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("請選擇要存入的專案小組。")));
        Long taipeiTf = fixtures.taskForce("臺北市政府資訊局");
        mvc.perform(upload("demo-secretariat", taipeiTf, file(TAIPEI)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("請選擇要存入的專案小組。")));
        mvc.perform(upload("demo-liaison", tf, file(NIA))).andExpect(status().isForbidden());
        assertThat(drafts.count()).isEqualTo(before);
    }

    @Test
    void niaMinutesBecomeAMeetingAndItsOpenWorkTrackedItems() throws Exception {
        CurrentUser sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        Long id = importOne("demo-secretariat", tf, NIA);
        String url = mvc.perform(form("demo-secretariat", id, version(id), "meeting", c -> {
                    c.items.get(0).resolutions.get(1).outcome = "CONTINUED";
                    c.items.get(0).resolutions.get(1).leadUnit = "國際及執法事務組";
                }))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "importing.meeting.saved"))
                .andReturn().getResponse().getRedirectedUrl();
        ImportDraft draft = drafts.findById(id).orElseThrow();
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.SAVED);
        assertThat(url).isEqualTo("/meetings/" + draft.getMeetingId() + "/minutes");

        MeetingView m = meetings.meeting(draft.getMeetingId(), sec);
        assertThat(m.taskForceId()).isEqualTo(tf);
        assertThat(m.number()).isEqualTo("111 年第 1 次會議");
        assertThat(m.date()).isEqualTo(LocalDate.of(2022, 7, 25));
        assertThat(m.startTime()).isEqualTo(LocalTime.of(14, 30));
        assertThat(m.adjournedAt()).isEqualTo(LocalTime.of(15, 40));
        assertThat(m.place()).isEqualTo("本署 10 樓第 1 會議室");
        assertThat(m.chairName()).isEqualTo("林副署長興春");
        assertThat(m.recorder()).isEqualTo("曾筠苓");
        assertThat(m.attendanceNote()).isEqualTo("詳如簽到表");
        assertThat(m.status()).as("confirmed, not published").isEqualTo(MeetingStatus.CONFIRMED);
        assertThat(m.chairConclusion()).startsWith("本次會議所提各項執行情形如有尚未完成者");

        List<ItemView> items = meetings.agenda(m.id(), sec).stream().filter(i -> i.kind().isSubstantive()).toList();
        assertThat(items).extracting(ItemView::subject).containsExactly(
                "本署 110 年性別平等工作小組第 2 次會議決議辦理情形",
                "有關「行政院性別平等會相關重要決定(議)事項內政部辦理情形表」本署辦理情形等 4 案", "本署性平專題報告");
        assertThat(items.get(2).unitId()).isEqualTo(unit("內政部移民署", "移民資訊組"));
        assertThat(items.get(0).remarks()).hasSize(4);
        ResolutionView special = items.get(2).resolutions().get(0);
        assertThat(special.text()).isEqualTo("請移民資訊組參考委員意見，賡續辦理相關事宜。");
        assertThat(special.leadUnitId()).isEqualTo(unit("內政部移民署", "移民資訊組"));
        assertThat(special.quorumMet()).as("the sign-in sheet counts the seated members present").isTrue();
        assertThat(items.get(0).resolutions()).extracting(ResolutionView::outcome).containsExactly(
                tw.mainstream.meeting.ResolutionOutcome.CLOSED, tw.mainstream.meeting.ResolutionOutcome.CONTINUED);

        assertThat(trackedItemsOf(tf)).extracting(r -> ((Number) r.get("lead_unit_id")).longValue(),
                        r -> ((Number) r.get("origin_resolution_id")).longValue())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(unit("內政部移民署", "國際及執法事務組"),
                                items.get(0).resolutions().get(1).id()),
                        org.assertj.core.groups.Tuple.tuple(unit("內政部移民署", "移民資訊組"), special.id()));

        mvc.perform(get(url).with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("請移民資訊組參考委員意見，賡續辦理相關事宜。")));
        mvc.perform(post("/imports/" + id + "/meeting").with(users.as("demo-secretariat")).with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("已存成會議或已捨棄")));
    }

    @Test
    void taipeiFollowUpRowsBecomeTrackedItemsAndTheMinutesArePublishedWhenAsked() throws Exception {
        CurrentUser sec = users.current("demo-taipei");
        Long tf = fixtures.taskForce("臺北市政府資訊局");
        Long id = importOne("demo-taipei", tf, TAIPEI);
        assertThat(draftContent(id).items.get(0).rows).hasSize(2);
        mvc.perform(form("demo-taipei", id, version(id), "meeting", c -> { }).param("publish", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(draftContent(id).items.get(0).rows).hasSize(2);
        MeetingView m = meetings.meeting(drafts.findById(id).orElseThrow().getMeetingId(), sec);
        assertThat(m.status()).isEqualTo(MeetingStatus.PUBLISHED);
        assertThat(m.number()).isEqualTo("105 年第 2 次會議");
        assertThat(m.place()).isEqualTo("臺北市府資訊局 東南區機房作業準備區");
        assertThat(m.placeDetail()).isEqualTo("臺北市信義區市府路 1 號 10 樓南區");
        assertThat(documents.observers(m.id(), sec)).hasSize(2);
        assertThat(documents.attendance(m.id(), sec)).extracting(a -> a.name()).contains("吳 O 光委員", "麥 O 銘委員");
        List<ItemView> items = meetings.agenda(m.id(), sec);
        assertThat(items).extracting(ItemView::kind).doesNotContain(tw.mainstream.meeting.AgendaItemKind.ANNOUNCE);
        ItemView followUp = items.stream().filter(i -> i.kind() == tw.mainstream.meeting.AgendaItemKind.FOLLOW_UP)
                .findFirst().orElseThrow();
        assertThat(followUp.table()).hasSize(2);
        assertThat(followUp.table().get(0).unitLabel()).isEqualTo("綜合企劃組");

        List<Map<String, Object>> tracked = trackedItemsOf(tf);
        assertThat(tracked).extracting(r -> ((Number) r.get("lead_unit_id")).longValue(),
                        r -> r.get("origin_date").toString())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(unit("臺北市政府資訊局", "綜合企劃組"), "2015-10-12"),
                        org.assertj.core.groups.Tuple.tuple(unit("臺北市政府資訊局", "系統發展組"), "2015-12-28"),
                        org.assertj.core.groups.Tuple.tuple(unit("臺北市政府資訊局", "人事室"), "2016-09-21"));
        mvc.perform(get("/public/meetings/" + m.id())).andExpect(status().isOk());
    }

    @Test
    void theSameMinutesTwiceWarnBeforeASecondMeeting() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        mvc.perform(upload("demo-secretariat", tf, file(NIA), file(NIA)))
                .andExpect(redirectedUrl("/imports")).andExpect(flash().attribute("flash", "importing.upload.doneMany"));
        List<ImportDraft> both = drafts.findAll().stream().filter(d -> d.getTaskForceId().equals(tf)).toList();
        assertThat(both).hasSize(2);
        Long first = both.get(0).getId();
        Long second = both.get(1).getId();
        mvc.perform(post("/imports/" + first + "/meeting").with(users.as("demo-secretariat")).with(csrf())
                .param("version", String.valueOf(version(first)))).andExpect(status().is3xxRedirection());
        int meetingsBefore = meetings.meetingsOf(tf, users.current("demo-secretariat")).size();

        mvc.perform(post("/imports/" + second + "/meeting").with(users.as("demo-secretariat")).with(csrf())
                        .param("version", String.valueOf(version(second))))
                .andExpect(redirectedUrl("/imports/" + second + "?confirm=true&publish=false#duplicates"));
        assertThat(meetings.meetingsOf(tf, users.current("demo-secretariat"))).hasSize(meetingsBefore);
        assertThat(drafts.findById(second).orElseThrow().getStatus()).isEqualTo(DraftStatus.DRAFT);
        mvc.perform(get("/imports/" + second).param("confirm", "true").with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString("同一天已有會議")))
                .andExpect(content().string(containsString("111 年第 1 次會議")))
                .andExpect(content().string(containsString("仍要建立")));

        mvc.perform(post("/imports/" + second + "/meeting").with(users.as("demo-secretariat")).with(csrf())
                        .param("version", String.valueOf(version(second))).param("confirmDuplicate", "true"))
                .andExpect(status().is3xxRedirection());
        MeetingView again = meetings.meeting(drafts.findById(second).orElseThrow().getMeetingId(),
                users.current("demo-secretariat"));
        assertThat(again.number()).as("第 1 次 is taken").isEqualTo("111 年第 2 次會議");
    }

    @Test
    void aStaleEditOrABadValueChangesNothing() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        Long id = importOne("demo-secretariat", tf, NIA);
        long seen = version(id);
        mvc.perform(form("demo-secretariat", id, seen, "save", c -> c.place = "本署 9 樓會議室"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "importing.saved"));
        mvc.perform(form("demo-secretariat", id, seen, "save", c -> c.place = "另一個地點"))
                .andExpect(redirectedUrl("/imports/" + id)).andExpect(flash().attribute("errorKey", "importing.error.stale"));
        assertThat(draftContent(id).place).isEqualTo("本署 9 樓會議室");

        mvc.perform(form("demo-secretariat", id, version(id), "save", c -> {
                    c.date = "111/13/40";
                    c.startTime = "下午兩點";
                    c.place = "不該存入";
                }))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期格式錯誤，請以民國年月日填寫，例如 111/7/25。")))
                .andExpect(content().string(containsString("時間格式錯誤")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(draftContent(id).place).isEqualTo("本署 9 樓會議室");
        assertThat(draftContent(id).date).isEqualTo("111/7/25");

        mvc.perform(form("demo-secretariat", id, version(id), "meeting", c -> c.items.get(1).title = ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("尚有欄位需要修正才能存成會議")))
                .andExpect(content().string(containsString("必須填寫。")));
        assertThat(drafts.findById(id).orElseThrow().getStatus()).isEqualTo(DraftStatus.DRAFT);
    }

    List<String> titles(Long id) {
        return draftContent(id).items.stream().map(i -> i.title).toList();
    }

    @Test
    void itemsAreAddedRemovedAndMovedWithTheOtherUnsavedEdits() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        Long id = importOne("demo-secretariat", tf, NIA);
        List<String> t = titles(id);
        String special = draftContent(id).items.get(2).label;
        mvc.perform(get("/imports/" + id).with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-label=\"刪除第 2 案\"")))
                .andExpect(content().string(containsString("aria-label=\"第 3 案上移\"")))
                .andExpect(content().string(not(containsString("aria-label=\"第 3 案下移\""))))
                .andExpect(content().string(containsString("aria-label=\"第 1 案新增決議\"")));

        mvc.perform(form("demo-secretariat", id, version(id), "removeItem:1", c -> c.place = "本署 9 樓會議室"))
                .andExpect(redirectedUrl("/imports/" + id + "#item-1"))
                .andExpect(flash().attribute("flash", "importing.edit.REMOVE_ITEM"));
        assertThat(titles(id)).containsExactly(t.get(0), t.get(2));
        assertThat(draftContent(id).place).isEqualTo("本署 9 樓會議室");
        assertThat(draftContent(id).items.get(1).label).as("the printed number stays with its item").isEqualTo(special);

        mvc.perform(form("demo-secretariat", id, version(id), "addItem", c -> c.chair = "林署長")
                        .param("newItemKind", "DISCUSSION").param("newItemTitle", " 漏掉的討論案 ").param("newItemAfter", "0"))
                .andExpect(redirectedUrl("/imports/" + id + "#item-1"))
                .andExpect(flash().attribute("flash", "importing.edit.ADD_ITEM"));
        assertThat(titles(id)).containsExactly(t.get(0), "漏掉的討論案", t.get(2));
        assertThat(draftContent(id).items.get(1).kind).isEqualTo("DISCUSSION");
        assertThat(draftContent(id).chair).isEqualTo("林署長");

        mvc.perform(form("demo-secretariat", id, version(id), "addItem", c -> { })
                        .param("newItemKind", "EXTEMPORE").param("newItemTitle", "臨時動議一").param("newItemAfter", ""))
                .andExpect(redirectedUrl("/imports/" + id + "#item-3"));
        assertThat(titles(id)).containsExactly(t.get(0), "漏掉的討論案", t.get(2), "臨時動議一");

        mvc.perform(form("demo-secretariat", id, version(id), "moveDown:0", c -> c.items.get(2).title = "改過的專題報告"))
                .andExpect(redirectedUrl("/imports/" + id + "#item-1"));
        assertThat(titles(id)).containsExactly("漏掉的討論案", t.get(0), "改過的專題報告", "臨時動議一");
        mvc.perform(form("demo-secretariat", id, version(id), "moveUp:2", c -> { }))
                .andExpect(redirectedUrl("/imports/" + id + "#item-1"))
                .andExpect(flash().attribute("flash", "importing.edit.MOVE_UP"));
        assertThat(titles(id)).containsExactly("漏掉的討論案", "改過的專題報告", t.get(0), "臨時動議一");

        long v = version(id);
        mvc.perform(form("demo-secretariat", id, v, "addItem", c -> c.place = "不該存入")
                        .param("newItemKind", "").param("newItemTitle", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("新增、刪除或移動沒有執行")))
                .andExpect(content().string(containsString("請從選項中選擇。")))
                .andExpect(content().string(containsString("必須填寫。")))
                .andExpect(content().string(containsString("不該存入")));
        mvc.perform(form("demo-secretariat", id, v, "removeItem:0", c -> c.date = "111/13/40"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("日期格式錯誤")));
        mvc.perform(form("demo-secretariat", id, v, "moveUp:0", c -> { })).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("表單內容與草稿不符")));
        mvc.perform(form("demo-secretariat", id, v, "removeItem:9", c -> { })).andExpect(status().isBadRequest());
        assertThat(version(id)).isEqualTo(v);
        assertThat(draftContent(id).place).isEqualTo("本署 9 樓會議室");
        assertThat(titles(id)).hasSize(4);
    }

    @Test
    void resolutionsRemarksAndRowsAreAddedAndRemovedWithTheOtherUnsavedEdits() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        Long id = importOne("demo-secretariat", tf, NIA);
        DraftContent before = draftContent(id);
        int resolutions = before.items.get(1).resolutions.size();
        String second = before.items.get(0).resolutions.get(1).text;

        mvc.perform(form("demo-secretariat", id, version(id), "addResolution:1", c -> c.recorder = "王小明"))
                .andExpect(redirectedUrl("/imports/" + id + "#item-1"))
                .andExpect(flash().attribute("flash", "importing.edit.ADD_RESOLUTION"));
        DraftContent c1 = draftContent(id);
        assertThat(c1.recorder).isEqualTo("王小明");
        assertThat(c1.items.get(1).resolutions).hasSize(resolutions + 1);
        assertThat(c1.items.get(1).resolutions.get(resolutions).label).isEqualTo("RESOLUTION");
        mvc.perform(get("/imports/" + id).with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString("aria-label=\"刪除第 2 案決議 " + (resolutions + 1) + "\"")))
                .andExpect(content().string(containsString("id=\"m-f-items-1-resolutions-" + resolutions + "-outcome\"")));

        mvc.perform(form("demo-secretariat", id, version(id), "removeResolution:0:0",
                        c -> c.items.get(0).resolutions.get(1).leadUnit = "國際及執法事務組"))
                .andExpect(flash().attribute("flash", "importing.edit.REMOVE_RESOLUTION"));
        DraftContent c2 = draftContent(id);
        assertThat(c2.items.get(0).resolutions).extracting(r -> r.text, r -> r.leadUnit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(second, "國際及執法事務組"));
        mvc.perform(get("/imports/" + id).with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString("id=\"m-f-items-0-resolutions-0-outcome\"")))
                .andExpect(content().string(not(containsString("id=\"m-f-items-0-resolutions-1-outcome\""))));

        mvc.perform(form("demo-secretariat", id, version(id), "addRow:0", c -> { }))
                .andExpect(flash().attribute("flash", "importing.edit.ADD_ROW"));
        mvc.perform(form("demo-secretariat", id, version(id), "addRow:0", c -> c.items.get(0).rows.get(0).content = "第一列"))
                .andExpect(status().is3xxRedirection());
        assertThat(draftContent(id).items.get(0).rows).extracting(r -> r.content).containsExactly("第一列", null);
        mvc.perform(form("demo-secretariat", id, version(id), "removeRow:0:0", c -> c.items.get(0).rows.get(1).content = "第二列"))
                .andExpect(flash().attribute("flash", "importing.edit.REMOVE_ROW"));
        assertThat(draftContent(id).items.get(0).rows).extracting(r -> r.content).containsExactly("第二列");

        int remarks = before.items.get(0).remarks.size();
        String secondRemark = before.items.get(0).remarks.get(1).text;
        mvc.perform(form("demo-secretariat", id, version(id), "removeRemark:0:0", c -> { }))
                .andExpect(flash().attribute("flash", "importing.edit.REMOVE_REMARK"));
        assertThat(draftContent(id).items.get(0).remarks).hasSize(remarks - 1);
        assertThat(draftContent(id).items.get(0).remarks.get(0).text).isEqualTo(secondRemark);
        mvc.perform(form("demo-secretariat", id, version(id), "addRemark:2", c -> { }))
                .andExpect(redirectedUrl("/imports/" + id + "#item-2"));
        assertThat(draftContent(id).items.get(2).remarks).hasSize(before.items.get(2).remarks.size() + 1);
    }

    @Test
    void theImportersMarksFollowTheirFields() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        Long id = importOne("demo-secretariat", tf, NIA);
        jdbc.update("update importing_draft set uncertain_fields = ? where id = ?",
                "place\nitems[0].title\nitems[1].title\nitems[2].title\nitems[2].resolutions[0].leadUnit", id);
        mvc.perform(form("demo-secretariat", id, version(id), "removeItem:1", c -> c.items.get(0).title = "改過，已確認"))
                .andExpect(status().is3xxRedirection());
        assertThat(drafts.findById(id).orElseThrow().uncertain()).as("the changed title counts as checked")
                .containsExactly("place", "items[1].title", "items[1].resolutions[0].leadUnit");
        mvc.perform(get("/imports/" + id).with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString("id=\"m-f-items-1-title\"")))
                .andExpect(content().string(containsString("id=\"m-f-items-1-resolutions-0-leadUnit\"")))
                .andExpect(content().string(not(containsString("id=\"m-f-items-0-title\""))))
                .andExpect(content().string(not(containsString("id=\"m-f-items-2-title\""))));

        mvc.perform(form("demo-secretariat", id, version(id), "moveUp:1", c -> { })).andExpect(status().is3xxRedirection());
        assertThat(drafts.findById(id).orElseThrow().uncertain())
                .containsExactly("place", "items[0].title", "items[0].resolutions[0].leadUnit");
        mvc.perform(form("demo-secretariat", id, version(id), "addItem", c -> { })
                        .param("newItemKind", "REPORT").param("newItemTitle", "新案").param("newItemAfter", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("demo-secretariat", id, version(id), "addItem", c -> { })
                        .param("newItemKind", "REPORT").param("newItemTitle", "最前面之後").param("newItemAfter", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(drafts.findById(id).orElseThrow().uncertain()).as("an item added after the marked one moves nothing")
                .containsExactly("place", "items[0].title", "items[0].resolutions[0].leadUnit");
        mvc.perform(form("demo-secretariat", id, version(id), "removeResolution:0:0", c -> { }))
                .andExpect(status().is3xxRedirection());
        assertThat(drafts.findById(id).orElseThrow().uncertain()).containsExactly("place", "items[0].title");
    }

    @Test
    void aStaleOrForeignStructuralEditChangesNothing() throws Exception {
        Long tf = fixtures.taskForce("內政部移民署");
        Long id = importOne("demo-secretariat", tf, NIA);
        long seen = version(id);
        mvc.perform(form("demo-secretariat", id, seen, "save", c -> c.place = "本署 9 樓會議室"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("demo-secretariat", id, seen, "removeItem:0", c -> c.chair = "不該存入"))
                .andExpect(redirectedUrl("/imports/" + id)).andExpect(flash().attribute("errorKey", "importing.error.stale"));
        // the redirect's flash lives in the database session: follow it with that session's cookie
        Cookie session = mvc.perform(form("demo-secretariat", id, seen, "addItem", c -> { })
                        .param("newItemKind", "REPORT").param("newItemTitle", "不該存入"))
                .andExpect(redirectedUrl("/imports/" + id)).andExpect(flash().attribute("errorKey", "importing.error.stale"))
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/imports/" + id).with(users.as("demo-secretariat")).cookie(session))
                .andExpect(content().string(containsString("這份草稿在您開啟後已被其他人修改")));
        mvc.perform(form("demo-taipei", id, version(id), "removeItem:0", c -> { })).andExpect(status().isNotFound());
        mvc.perform(form("demo-taipei", id, version(id), "addResolution:0", c -> { })).andExpect(status().isNotFound());
        assertThat(titles(id)).hasSize(3);
        assertThat(draftContent(id).items.get(0).resolutions).hasSize(2);
        assertThat(draftContent(id).chair).isNotEqualTo("不該存入");
    }
}
