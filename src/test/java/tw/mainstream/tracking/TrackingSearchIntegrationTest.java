package tw.mainstream.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.engine.SearchFilters;
import tw.mainstream.search.engine.SearchHit;
import tw.mainstream.search.engine.SearchIndexer;
import tw.mainstream.search.engine.SearchQuery;
import tw.mainstream.search.engine.SearchScope;
import tw.mainstream.search.engine.SearchService;
import tw.mainstream.search.TrackingStatus;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;
import tw.mainstream.tracking.datacall.Answer;
import tw.mainstream.tracking.datacall.DataCall;
import tw.mainstream.tracking.datacall.DataCallQueries;
import tw.mainstream.tracking.datacall.DataCallService;
import tw.mainstream.tracking.domain.DecisionKind;
import tw.mainstream.tracking.domain.DecisionService;
import tw.mainstream.tracking.domain.DecisionService.MeetingRef;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.ProgressReport;
import tw.mainstream.tracking.domain.ReportService;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackingProposal;
import tw.mainstream.tracking.domain.TrackingService;

/**
 * Tracked items, progress reports and data call answers in the search: found by Chinese phrases,
 * within exactly the scope the tracking pages give each reader, and kept in step with every commit.
 */
class TrackingSearchIntegrationTest extends IntegrationTest {

    @Autowired TestUsers users;
    @Autowired TrackingService tracking;
    @Autowired ReportService reports;
    @Autowired DecisionService decisions;
    @Autowired DataCallService dataCalls;
    @Autowired DataCallQueries dataCallReads;
    @Autowired CommitteeApi committee;
    @Autowired SearchService search;
    @Autowired SearchIndexer indexer;

    CurrentUser secretariat() {
        return users.current("demo-secretariat");
    }

    Long unit(String name) {
        return committee.unitByName(secretariat().agencyId(), name).orElseThrow().id();
    }

    TrackedItem open(String content, String lead, String... supporting) {
        Long tf = committee.taskForcesOf(secretariat().agencyId()).get(0).id();
        Set<Long> support = Arrays.stream(supporting).map(this::unit).collect(Collectors.toSet());
        return tracking.open(secretariat(), new OpenItemCommand(tf, content, unit(lead), support, DueKind.NEXT_MEETING,
                null, Origin.external("111 年第 2 次會議", LocalDate.of(2022, 12, 15))));
    }

    ProgressReport report(CurrentUser by, TrackedItem item, String unit, String text) {
        return reports.write(by, item.getId(), unit(unit), null, text, TrackingProposal.PROPOSE_CONTINUE, true, List.of());
    }

    List<SearchHit> hits(String username, String text, SearchFilters filters) throws InterruptedException {
        indexer.awaitIdle();
        SearchScope scope = username == null ? SearchScope.PUBLIC : SearchScope.of(users.current(username));
        return search.search(SearchQuery.of(text).withFilters(filters), scope).items();
    }

    List<SearchHit> hits(String username, String text) throws InterruptedException {
        return hits(username, text, SearchFilters.NONE);
    }

    static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).toList();
    }

    @Test
    void secretariatFindsItemAndReportByAChinesePhraseOtherAgencyAndPublicDoNot() throws Exception {
        TrackedItem item = open("請研議新住民女性候鳥保母培訓之推廣方式，並於下次會議報告。", "國境事務大隊");
        ProgressReport r = report(secretariat(), item, "國境事務大隊", "已邀集民間團體研商候鳥保母培訓課程，預計明年開班。");

        List<SearchHit> found = hits("demo-secretariat", "候鳥保母");
        assertThat(ids(found)).contains("tracked-item:" + item.getId(), "progress-report:" + r.getId());
        SearchHit reportHit = found.stream().filter(h -> h.kind() == DocumentKind.PROGRESS_REPORT).findFirst().orElseThrow();
        assertThat(reportHit.title()).startsWith("國境事務大隊執行情形：請研議新住民女性候鳥保母");
        assertThat(reportHit.url()).isEqualTo("/tracking/items/" + item.getId() + "#report-" + r.getId());
        assertThat(reportHit.snippet()).contains("<mark>");
        assertThat(ids(hits("demo-secretariat", "民間團體研商", SearchFilters.NONE.withKind(DocumentKind.TRACKED_ITEM))))
                .as("the report's text stays out of the item's document").doesNotContain("tracked-item:" + item.getId());
        // the lead unit's name, the origin and the remarks are searchable as well
        assertThat(ids(hits("demo-secretariat", "候鳥保母 國境事務大隊 次會議")))
                .contains("tracked-item:" + item.getId());
        // members see every item of their task force
        assertThat(ids(hits("demo-member", "候鳥保母"))).contains("tracked-item:" + item.getId(), "progress-report:" + r.getId());

        assertThat(hits("demo-taipei", "候鳥保母")).isEmpty();
        assertThat(hits(null, "候鳥保母")).isEmpty();
        mvc.perform(get("/api/v1/public/search").param("q", "候鳥保母"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalHits").value(0));
        mvc.perform(get("/api/v1/search").param("q", "候鳥保母").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalHits").value(2));
    }

    @Test
    void liaisonFindsTheItemsAndReportsOfTheUnitsTheyLeadOrSupportOnly() throws Exception {
        CurrentUser liaison = users.current("demo-liaison");
        TrackedItem own = open("請移民資訊組建置跨境人口販運被害人性別統計儀表板。", "移民資訊組");
        TrackedItem supported = open("請移民事務組會同移民資訊組檢討跨境人口販運被害人安置流程。", "移民事務組", "移民資訊組");
        TrackedItem other = open("請國境事務大隊檢討跨境人口販運被害人查緝流程。", "國境事務大隊");
        ProgressReport ownReport = report(liaison, own, "移民資訊組", "跨境人口販運儀表板已完成雛型。");
        ProgressReport leadReport = report(secretariat(), supported, "移民事務組", "跨境人口販運安置流程已完成檢討。");
        ProgressReport otherReport = report(secretariat(), other, "國境事務大隊", "跨境人口販運查緝流程已完成檢討。");

        assertThat(ids(hits("demo-liaison", "跨境人口販運", SearchFilters.NONE.withKind(DocumentKind.TRACKED_ITEM))))
                .containsExactlyInAnyOrder("tracked-item:" + own.getId(), "tracked-item:" + supported.getId());
        // as on the item page: every report of an item the unit leads or supports, none of other items
        assertThat(ids(hits("demo-liaison", "跨境人口販運", SearchFilters.NONE.withKind(DocumentKind.PROGRESS_REPORT))))
                .containsExactlyInAnyOrder("progress-report:" + ownReport.getId(), "progress-report:" + leadReport.getId())
                .doesNotContain("progress-report:" + otherReport.getId());
        assertThat(ids(hits("demo-secretariat", "跨境人口販運"))).hasSize(6);
        // the demo item on 同性婚姻 is led by 移民事務組 with 移民資訊組 supporting: the liaison finds it
        assertThat(hits("demo-liaison", "同性婚姻", SearchFilters.NONE.withKind(DocumentKind.TRACKED_ITEM)))
                .extracting(SearchHit::title).anyMatch(t -> t.contains("同性婚姻合法化"));
        assertThat(hits("demo-taipei", "跨境人口販運")).isEmpty();
        assertThat(liaison.unitId()).isEqualTo(unit("移民資訊組"));
    }

    @Test
    void unitAndTrackingStatusFiltersNarrowItemsAndReports() throws Exception {
        TrackedItem open = open("請研議無國籍兒童就學協助措施。", "移民事務組");
        TrackedItem closed = open("請研議無國籍兒童就醫協助措施。", "國境事務大隊");
        ProgressReport r = report(secretariat(), closed, "國境事務大隊", "無國籍兒童就醫協助已與衛生單位完成協調。");
        decisions.decide(secretariat(), closed.getId(), new MeetingRef(null, LocalDate.now(), "112 年第 1 次會議"),
                DecisionKind.CLOSE, "委員同意解除列管", null);

        SearchFilters none = SearchFilters.NONE;
        assertThat(ids(hits("demo-secretariat", "無國籍兒童", none.withUnit(unit("國境事務大隊")))))
                .containsExactlyInAnyOrder("tracked-item:" + closed.getId(), "progress-report:" + r.getId());
        assertThat(ids(hits("demo-secretariat", "無國籍兒童", none.withTrackingStatus(TrackingStatus.CLOSED))))
                .containsExactlyInAnyOrder("tracked-item:" + closed.getId(), "progress-report:" + r.getId());
        assertThat(ids(hits("demo-secretariat", "無國籍兒童", none.withTrackingStatus(TrackingStatus.OPEN))))
                .containsExactly("tracked-item:" + open.getId());
        // the decision's remarks are part of the item
        assertThat(ids(hits("demo-secretariat", "無國籍兒童 委員同意解除列管"))).contains("tracked-item:" + closed.getId());

        // the page offers the unit filter with the reader's units, and keeps the choice
        mvc.perform(get("/search").param("q", "無國籍兒童").param("unit", unit("國境事務大隊").toString())
                        .param("status", "CLOSED").with(users.as("demo-secretariat")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<select id=\"unit\" name=\"unit\"")))
                .andExpect(content().string(Matchers.containsString("共 2 筆")))
                .andExpect(content().string(Matchers.containsString("/tracking/items/" + closed.getId())));
        mvc.perform(get("/public/search").param("q", "無國籍兒童"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"unit\""))))
                .andExpect(content().string(Matchers.containsString("共 0 筆")));
    }

    @Test
    void aChangedReportIsSearchableAfterItsCommitAndTheOldTextIsGone() throws Exception {
        CurrentUser liaison = users.current("demo-liaison");
        TrackedItem item = open("請移民資訊組評估外來人口生物特徵資料之性別分析。", "移民資訊組");
        ProgressReport draft = reports.write(liaison, item.getId(), liaison.unitId(), null, "已函請資訊廠商提供虹膜辨識統計。",
                TrackingProposal.PROPOSE_CONTINUE, false, List.of());
        assertThat(ids(hits("demo-liaison", "虹膜辨識"))).containsExactly("progress-report:" + draft.getId());

        reports.write(liaison, item.getId(), liaison.unitId(), draft.getVersion(), "已完成臉部辨識統計之性別分析。",
                TrackingProposal.PROPOSE_CLOSE, true, List.of());
        assertThat(ids(hits("demo-liaison", "臉部辨識"))).containsExactly("progress-report:" + draft.getId());
        assertThat(hits("demo-liaison", "虹膜辨識")).isEmpty();

        // an edit of the item travels to its reports' titles
        tracking.edit(secretariat(), item.getId(), tracking.get(secretariat(), item.getId()).getVersion(),
                "請移民資訊組評估外來人口指紋資料之性別分析。", unit("移民資訊組"), Set.of(), DueKind.NEXT_MEETING, null,
                "主席裁示併同指紋資料辦理");
        List<SearchHit> afterEdit = hits("demo-secretariat", "指紋資料");
        assertThat(ids(afterEdit)).containsExactlyInAnyOrder("tracked-item:" + item.getId(),
                "progress-report:" + draft.getId());
    }

    @Test
    void dataCallAnswersAreFoundByTheirTextWithinScope() throws Exception {
        CurrentUser liaison = users.current("demo-liaison");
        DataCall call = dataCalls.send(secretariat(), new DataCallService.SendCommand("113 年度性別預算（測試）", "GENDER_BUDGET",
                LocalDate.now().plusDays(10), List.of(unit("移民資訊組"), unit("主計室")), List.of()));
        var submissions = dataCallReads.detail(secretariat(), call.getId()).submissions();
        long itSub = submissions.stream().filter(s -> s.recipient().equals("移民資訊組")).findFirst().orElseThrow().id();
        long accSub = submissions.stream().filter(s -> s.recipient().equals("主計室")).findFirst().orElseThrow().id();
        assertThat(dataCalls.answer(liaison, itSub, null, budget("多元性別者友善查驗通道"), true).problems()).isEmpty();
        assertThat(dataCalls.answer(secretariat(), accSub, null, budget("多元性別者友善會計研習"), false).problems()).isEmpty();

        List<SearchHit> found = hits("demo-secretariat", "多元性別者友善");
        assertThat(ids(found)).containsExactlyInAnyOrder("data-call-answer:" + itSub, "data-call-answer:" + accSub);
        assertThat(found).extracting(SearchHit::title).contains("113 年度性別預算（測試）－移民資訊組");
        assertThat(found).extracting(SearchHit::url).contains("/data-calls/submissions/" + itSub);
        assertThat(ids(hits("demo-liaison", "多元性別者友善"))).containsExactly("data-call-answer:" + itSub);
        assertThat(hits("demo-taipei", "多元性別者友善")).isEmpty();
        assertThat(hits(null, "多元性別者友善")).isEmpty();
        // a rebuild reads the same documents back from the database
        indexer.startRebuild().get();
        assertThat(ids(hits("demo-secretariat", "多元性別者友善 查驗通道"))).containsExactly("data-call-answer:" + itSub);
        assertThat(ids(hits("demo-liaison", "同性婚姻", SearchFilters.NONE.withKind(DocumentKind.TRACKED_ITEM))))
                .isNotEmpty();
    }

    static Answer budget(String plan) {
        return new Answer(Map.of("fiscalYear", "113"), Map.of("items", List.of(Map.of("category", "計畫類",
                "plan", plan, "issue", "提升多元性別者權益", "planned", "300", "spent", "", "results", ""))));
    }
}
