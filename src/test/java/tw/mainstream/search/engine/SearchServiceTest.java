package tw.mainstream.search.engine;
import tw.mainstream.search.TrackingStatus;
import tw.mainstream.search.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.mainstream.search.engine.TestDocs.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {

    private static final SearchScope READER = SearchScope.agencies(Set.of(TestDocs.AGENCY));

    @TempDir
    Path dir;
    private SearchIndex index;
    private SearchService service;

    @BeforeEach
    void open() {
        index = new SearchIndex(dir);
        service = new SearchService(index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private SearchResults search(String text) {
        return service.search(SearchQuery.of(text), READER);
    }

    private static java.util.List<String> ids(SearchResults results) {
        return results.items().stream().map(SearchHit::id).toList();
    }

    @Test
    void chineseTermMatchesOnlyAsAPhrase() {
        index.index(doc("near").body("持續追蹤列管同性婚姻合法化等議題").build());
        index.index(doc("far").body("同性伴侶註記業已完成，另婚姻移民之輔導持續辦理").build());

        assertThat(ids(search("同性婚姻"))).containsExactly("near");
        assertThat(ids(search("同性 婚姻"))).containsExactlyInAnyOrder("near", "far");
    }

    @Test
    void trackingFindsBothClosedAndKeptOpen() {
        index.index(doc("a").body("決議：解除列管。").build());
        index.index(doc("b").body("建議賡續列管，並請加強論述。").build());
        index.index(doc("c").body("決議：繼續列管。").build());
        index.index(doc("d").body("請彙整相關數據送委員參考。").build());

        assertThat(ids(search("列管"))).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(ids(search("解除列管"))).containsExactly("a");
    }

    @Test
    void singleCharacterFindsItInsideWordsAndAtTheEndOfARun() {
        index.index(doc("a").body("決議：解除列管").build());
        index.index(doc("b").body("管理辦法修正").build());
        index.index(doc("c").body("性別統計").build());

        assertThat(ids(search("管"))).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void wordsAreAndedAndMinusExcludes() {
        index.index(doc("a").body("性別預算執行情形，並辦理性別統計").build());
        index.index(doc("b").body("性別預算執行情形").build());

        assertThat(ids(search("性別預算 性別統計"))).containsExactly("a");
        assertThat(ids(search("性別預算 -性別統計"))).containsExactly("b");
    }

    @Test
    void quotedPhraseKeepsItsWordsTogether() {
        index.index(doc("a").body("提升外來人口 性別平等觀念").build());
        index.index(doc("b").body("性別平等觀念之提升，外來人口").build());

        assertThat(ids(search("\"外來人口 性別平等\""))).containsExactly("a");
        assertThat(ids(search("「外來人口 性別平等」"))).containsExactly("a");
        assertThat(ids(search("外來人口 性別平等"))).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void queryParserSyntaxIsPlainText() {
        index.index(doc("a").body("性平專題報告：(略) 案 AND 決議 title:x").build());

        for (String odd : new String[] {"性平專題報告:", "(略", "\"未結束引號 性平", "AND", "title:x", "*", "?",
                "[1 TO 3]", "\\", "-", "\"", "~2", "性平^3", "+-!"}) {
            SearchResults results = search(odd);
            assertThat(results).as(odd).isNotNull();
        }
        assertThat(ids(search("(略"))).containsExactly("a");
        assertThat(ids(search("\"未結束引號 性平專題"))).isEmpty();
        assertThat(ids(search("\"性平專題"))).containsExactly("a");
    }

    @Test
    void snippetMarksTheMatchAndEscapesHtml() {
        index.index(doc("a").body("說明：<b>重要</b> 持續追蹤列管同性婚姻合法化等議題 & 其他").build());

        SearchHit hit = search("同性婚姻").items().get(0);

        assertThat(hit.snippet()).contains("<mark>同性婚姻</mark>")
                .contains("&lt;b&gt;").doesNotContain("<b>");
        assertThat(hit.title()).isEqualTo("會議紀錄");
        assertThat(hit.url()).isEqualTo("/x/a");
        assertThat(hit.kind()).isEqualTo(DocumentKind.MINUTES);
    }

    @Test
    void snippetMarksOnlyThePhraseNotItsBigramsElsewhere() {
        index.index(doc("a").body("同性伴侶與婚姻平權座談；另研議同性婚姻專法。").build());

        String snippet = search("同性婚姻").items().get(0).snippet();

        assertThat(snippet).contains("<mark>同性婚姻</mark>").contains("同性伴侶與婚姻平權")
                .doesNotContain("<mark>同性</mark>伴侶").doesNotContain("<mark>婚姻</mark>平權");
    }

    @Test
    void titleMatchGetsAnUnmarkedOpeningSnippet() {
        index.index(doc("a").title("性別預算執行情形").body("本署業管預算部分，業經秘書室填報。").build());

        SearchHit hit = search("性別預算").items().get(0);

        assertThat(hit.snippet()).startsWith("本署業管預算部分").doesNotContain("<mark>");
    }

    @Test
    void titleMatchRanksAboveBodyMatch() {
        index.index(doc("body").title("會議紀錄").body("托育").date(2024, 1, 1).build());
        index.index(doc("title").title("托育政策").body("其他").date(2020, 1, 1).build());

        assertThat(ids(search("托育"))).containsExactly("title", "body");
    }

    @Test
    void sortsByDateNewestFirst() {
        index.index(doc("old").body("托育 托育 托育").date(2020, 1, 1).build());
        index.index(doc("new").body("托育").date(2024, 5, 1).build());
        index.index(doc("mid").body("托育").date(2022, 3, 1).build());

        SearchResults results = service.search(SearchQuery.of("托育").withSort(SearchSort.DATE), READER);

        assertThat(ids(results)).containsExactly("new", "mid", "old");
        assertThat(results.items().get(0).date()).isEqualTo(java.time.LocalDate.of(2024, 5, 1));
    }

    @Test
    void filtersNarrowTheResults() {
        index.index(doc("a").kind(DocumentKind.TRACKED_ITEM).status(TrackingStatus.OPEN).rocYear(111)
                .unit(5L).taskForce(10L).body("托育").build());
        index.index(doc("b").kind(DocumentKind.TRACKED_ITEM).status(TrackingStatus.CLOSED).rocYear(112)
                .unit(6L).taskForce(11L).body("托育").build());
        index.index(doc("c").kind(DocumentKind.MINUTES).rocYear(111).body("托育").build());

        SearchFilters none = SearchFilters.NONE;
        assertThat(ids(filtered(none.withKind(DocumentKind.TRACKED_ITEM)))).containsExactlyInAnyOrder("a", "b");
        assertThat(ids(filtered(none.withTrackingStatus(TrackingStatus.CLOSED)))).containsExactly("b");
        assertThat(ids(filtered(none.withRocYear(111)))).containsExactlyInAnyOrder("a", "c");
        assertThat(ids(filtered(none.withUnit(5L)))).containsExactly("a");
        assertThat(ids(filtered(none.withTaskForce(11L)))).containsExactly("b");
        assertThat(ids(filtered(none.withAgency(TestDocs.AGENCY).withRocYear(112)))).containsExactly("b");
    }

    private SearchResults filtered(SearchFilters filters) {
        return service.search(SearchQuery.of("托育").withFilters(filters), READER);
    }

    @Test
    void pagesCountAllHits() {
        for (int i = 1; i <= 25; i++) {
            index.index(doc("d" + i).body("性別統計").date(2020, 1, i).build());
        }

        SearchResults first = service.search(SearchQuery.of("性別統計").withSort(SearchSort.DATE).withPage(1, 10), READER);
        SearchResults third = service.search(SearchQuery.of("性別統計").withSort(SearchSort.DATE).withPage(3, 10), READER);

        assertThat(first.totalHits()).isEqualTo(25);
        assertThat(first.totalExact()).isTrue();
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(ids(first)).hasSize(10).startsWith("d25");
        assertThat(ids(third)).containsExactly("d5", "d4", "d3", "d2", "d1");
    }

    @Test
    void blankTextListsEverythingInScopeNewestFirst() {
        index.index(doc("old").date(2020, 1, 1).build());
        index.index(doc("new").date(2024, 1, 1).build());

        assertThat(ids(search("  "))).containsExactly("new", "old");
        assertThat(ids(search("。，"))).containsExactly("new", "old");
    }
}
