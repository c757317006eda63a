package tw.mainstream.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.sheet.SheetData;
import tw.mainstream.shared.sheet.SpreadsheetFiles;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;
import tw.mainstream.tracking.domain.DecisionKind;
import tw.mainstream.tracking.domain.DecisionService;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.ProgressReportRepository;
import tw.mainstream.tracking.domain.Sheets;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackingService;

/** Upload of the exported sheet: every bad row reported, nothing applied; a good sheet applies all rows. */
class BulkUpdateTest extends IntegrationTest {

    static final List<String> HEADER = List.of("編號", "內容說明或裁(指)示事項", "執行情形", "建議");

    @Autowired TestUsers users;
    @Autowired TrackingService tracking;
    @Autowired DecisionService decisions;
    @Autowired ProgressReportRepository reports;
    @Autowired CommitteeApi committee;

    TrackedItem open(String unit) {
        var sec = users.current("demo-secretariat");
        Long tf = committee.taskForcesOf(sec.agencyId()).get(0).id();
        return tracking.open(sec, new OpenItemCommand(tf, "批次 " + System.nanoTime(),
                committee.unitByName(sec.agencyId(), unit).orElseThrow().id(), Set.of(), DueKind.NEXT_MEETING, null,
                Origin.external("111 年第 1 次會議", LocalDate.of(2022, 7, 25))));
    }

    List<String> upload(String name, byte[] bytes) throws Exception {
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) mvc.perform(multipart("/tracking/bulk/upload")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(users.as("demo-liaison")).with(csrf()).param("submit", "true"))
                .andReturn().getFlashMap().get("errorDetails");
        return problems;
    }

    @Test
    void badRowsAreAllReportedAndNothingIsApplied() throws Exception {
        TrackedItem a = open("移民資訊組");
        TrackedItem b = open("移民資訊組");
        TrackedItem other = open("國際及執法事務組");
        TrackedItem closed = open("移民資訊組");
        decisions.decideUnchecked(closed.getId(), new DecisionService.MeetingRef(null, LocalDate.now(), "m"),
                DecisionKind.CLOSE, null, null, "test");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(a.getId(), "a", "甲已辦理", "建議解除列管"));
        rows.add(List.of(b.getId(), "b", 12345, "建議繼續列管"));
        rows.add(List.of(a.getId(), "a", "重複", "建議繼續列管"));
        rows.add(List.of(other.getId(), "x", "別的單位", "建議繼續列管"));
        rows.add(List.of(closed.getId(), "c", "已結案", "建議繼續列管"));
        List<String> problems = upload("mine.xlsx", SpreadsheetFiles.xlsx(List.of(new SheetData("s", HEADER, rows))));
        assertThat(problems).hasSize(4);
        assertThat(problems.get(0)).startsWith("第 3 列").contains("「執行情形」欄應為文字").contains("12345");
        assertThat(String.join("\n", problems)).contains("重複出現（第 2 列已有）")
                .contains("列管事項 " + other.getId() + " 不屬於本單位").contains("已解除列管");
        assertThat(reports.findByItemIdOrderByRoundAscIdAsc(a.getId())).isEmpty();
    }

    @Test
    void wrongColumnIsRefused() throws Exception {
        TrackedItem a = open("移民資訊組");
        List<String> header = List.of("編號", "內容", "執行情形", "建議");
        List<String> problems = upload("mine.ods", SpreadsheetFiles.ods(List.of(new SheetData("s", header,
                List.of(List.of(a.getId(), "a", "甲", "建議繼續列管"))))));
        assertThat(problems).singleElement().asString().contains("第 2 欄應為「內容說明或裁(指)示事項」");
        assertThat(reports.findByItemIdOrderByRoundAscIdAsc(a.getId())).isEmpty();
    }

    @Test
    void goodOdsAppliesEveryRow() throws Exception {
        TrackedItem a = open("移民資訊組");
        TrackedItem b = open("移民資訊組");
        byte[] exported = mvc.perform(get("/tracking/bulk/items.ods").with(users.as("demo-liaison")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Sheets.read("x.ods", exported).get(0).stream().map(Sheets.Value::text).toList()).isEqualTo(HEADER);
        byte[] filled = SpreadsheetFiles.ods(List.of(new SheetData("s", HEADER, List.of(
                List.of(a.getId(), "a", "甲完成", "建議解除列管"), List.of(b.getId(), "b", "乙進行中", "")))));
        mvc.perform(multipart("/tracking/bulk/upload").file(new MockMultipartFile("file", "mine.ods", "x", filled))
                .with(users.as("demo-liaison")).with(csrf()).param("submit", "true"))
                .andExpect(flash().attribute("flash", "tracking.bulk.applied"))
                .andExpect(r -> assertThat((Object[]) r.getFlashMap().get("flashArgs")).containsExactly(2));
        assertThat(reports.findByItemIdOrderByRoundAscIdAsc(a.getId())).singleElement()
                .satisfies(r -> assertThat(r.getText()).isEqualTo("甲完成"));
    }

    @Test
    void aNonSpreadsheetIsAClearError() throws Exception {
        mvc.perform(multipart("/tracking/bulk/upload").file(new MockMultipartFile("file", "notes.txt", "text/plain",
                        "hello".getBytes())).with(users.as("demo-liaison")).with(csrf()))
                .andExpect(flash().attribute("errorKey", "tracking.error.uploadType"));
    }
}
