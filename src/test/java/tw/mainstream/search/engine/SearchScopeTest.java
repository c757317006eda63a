package tw.mainstream.search.engine;
import tw.mainstream.search.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.mainstream.search.engine.TestDocs.doc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

class SearchScopeTest {

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

    private List<String> ids(String text, SearchScope scope) {
        return service.search(SearchQuery.of(text), scope).items().stream().map(SearchHit::id).toList();
    }

    @Test
    void publicSearchesOnlyTheMaskedText() {
        index.index(doc("m").title("委員陳怡敏發言").body("委員陳怡敏建議賡續列管")
                .publicText("委員陳O敏發言", "委員陳O敏建議賡續列管").build());

        assertThat(ids("陳怡敏", SearchScope.PUBLIC)).isEmpty();
        assertThat(ids("怡", SearchScope.PUBLIC)).isEmpty();
        assertThat(ids("陳怡敏", SearchScope.agencies(Set.of(TestDocs.AGENCY)))).containsExactly("m");

        SearchHit hit = service.search(SearchQuery.of("列管"), SearchScope.PUBLIC).items().get(0);
        assertThat(hit.title()).isEqualTo("委員陳O敏發言");
        assertThat(hit.snippet()).contains("陳O敏").doesNotContain("怡");
    }

    @Test
    void publicBlankSearchReturnsOnlyMaskedFields() {
        index.index(doc("m").title("委員陳怡敏發言").body("陳怡敏")
                .publicText("委員陳O敏發言", "陳O敏").build());

        SearchHit hit = service.search(SearchQuery.of(""), SearchScope.PUBLIC).items().get(0);

        assertThat(hit.title()).doesNotContain("怡");
        assertThat(hit.snippet()).doesNotContain("怡");
    }

    @Test
    void publicNeverSeesUnpublishedOrUnpublishableRecords() {
        index.index(doc("published").body("性別預算").build());
        index.index(doc("draft").body("性別預算").published(false).build());
        index.index(doc("noPublicVersion").body("性別預算").publicText(null, null).build());

        assertThat(ids("性別預算", SearchScope.PUBLIC)).containsExactly("published");
        assertThat(ids("", SearchScope.PUBLIC)).containsExactly("published");
        assertThat(ids("性別預算", SearchScope.agencies(Set.of(TestDocs.AGENCY))))
                .containsExactlyInAnyOrder("published", "draft", "noPublicVersion");
    }

    @Test
    void readerSeesOnlyTheirAgencies() {
        index.index(doc("mine").agency(TestDocs.AGENCY).body("托育").build());
        index.index(doc("other").agency(TestDocs.OTHER_AGENCY).body("托育").build());

        assertThat(ids("托育", SearchScope.agencies(Set.of(TestDocs.AGENCY)))).containsExactly("mine");
        assertThat(ids("托育", SearchScope.agencies(Set.of(TestDocs.AGENCY, TestDocs.OTHER_AGENCY))))
                .containsExactlyInAnyOrder("mine", "other");
        assertThat(ids("托育", SearchScope.agencies(Set.of()))).isEmpty();
        assertThat(ids("托育", SearchScope.ALL_AGENCIES)).containsExactlyInAnyOrder("mine", "other");
        assertThat(ids("", SearchScope.agencies(Set.of(TestDocs.OTHER_AGENCY)))).containsExactly("other");
    }

    @Test
    void liaisonSeesUnitScopedKindsOnlyOfTheirUnit() {
        index.index(doc("minutes").kind(DocumentKind.MINUTES).unit(null).body("托育").build());
        index.index(doc("tracked").kind(DocumentKind.TRACKED_ITEM).unit(6L).body("托育").build());
        index.index(doc("supported").kind(DocumentKind.TRACKED_ITEM).unit(6L).readerUnits(5L).body("托育").build());
        index.index(doc("sharedReport").kind(DocumentKind.PROGRESS_REPORT).unit(6L).readerUnits(5L, 6L)
                .body("托育").build());
        index.index(doc("ownReport").kind(DocumentKind.PROGRESS_REPORT).unit(5L).body("托育").build());
        index.index(doc("otherReport").kind(DocumentKind.PROGRESS_REPORT).unit(6L).body("托育").build());
        index.index(doc("ownAnswer").kind(DocumentKind.DATA_CALL_ANSWER).unit(5L).body("托育").build());
        index.index(doc("otherAnswer").kind(DocumentKind.DATA_CALL_ANSWER).unit(6L).body("托育").build());
        index.index(doc("agencyReport").kind(DocumentKind.PROGRESS_REPORT).unit(null).body("托育").build());
        index.index(doc("otherAgency").kind(DocumentKind.PROGRESS_REPORT).agency(TestDocs.OTHER_AGENCY)
                .unit(5L).body("托育").build());

        SearchScope liaison = SearchScope.unit(Set.of(TestDocs.AGENCY), 5L);

        assertThat(ids("托育", liaison)).containsExactlyInAnyOrder("minutes", "supported", "sharedReport",
                "ownReport", "ownAnswer");
        assertThat(service.search(SearchQuery.of("托育"), liaison).totalHits()).isEqualTo(5);
        assertThat(ids("托育", SearchScope.agencies(Set.of(TestDocs.AGENCY)))).hasSize(9);
        // reader units widen what a liaison sees, never what the unit filter matches
        assertThat(service.search(SearchQuery.of("托育").withFilters(SearchFilters.NONE.withUnit(5L)),
                SearchScope.agencies(Set.of(TestDocs.AGENCY))).items()).extracting(SearchHit::id)
                .containsExactlyInAnyOrder("ownReport", "ownAnswer");
    }

    @Test
    void scopeIsEnforcedBeforePagingSoTotalsAndPagesAreConsistent() {
        for (int i = 0; i < 30; i++) {
            index.index(doc("other" + i).agency(TestDocs.OTHER_AGENCY).body("托育").date(2024, 1, 1).build());
        }
        index.index(doc("mine").body("托育").date(2020, 1, 1).build());

        SearchResults results = service.search(SearchQuery.of("托育").withSort(SearchSort.DATE).withPage(1, 5),
                SearchScope.agencies(Set.of(TestDocs.AGENCY)));

        assertThat(results.totalHits()).isEqualTo(1);
        assertThat(results.items()).extracting(SearchHit::id).containsExactly("mine");
    }

    @Test
    void scopeFollowsTheSignedInUser() {
        assertThat(SearchScope.of(CurrentUser.ANONYMOUS)).isEqualTo(SearchScope.PUBLIC);
        assertThat(SearchScope.of(user(AccountRole.ADMIN, null))).isEqualTo(SearchScope.ALL_AGENCIES);
        assertThat(SearchScope.of(user(AccountRole.SECRETARIAT, null))).isEqualTo(SearchScope.agencies(Set.of(1L, 2L)));
        assertThat(SearchScope.of(user(AccountRole.LIAISON, 5L))).isEqualTo(SearchScope.unit(Set.of(1L, 2L), 5L));
    }

    private static CurrentUser user(AccountRole role, Long unitId) {
        return new CurrentUser("u", "U", role, 1L, unitId, null, Set.of(1L, 2L));
    }

    @Test
    void publicScopeCannotCarryAgencies() {
        assertThatThrownBy(() -> new SearchScope(true, false, Set.of(1L), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
