package tw.mainstream.search.engine;
import tw.mainstream.search.SearchDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.mainstream.search.engine.TestDocs.doc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    private static final SearchScope READER = SearchScope.agencies(Set.of(TestDocs.AGENCY));

    @TempDir
    Path dir;

    private static List<String> ids(SearchIndex index, String text) {
        return new SearchService(index).search(SearchQuery.of(text), READER).items().stream()
                .map(SearchHit::id).toList();
    }

    @Test
    void updateReplacesByIdAndDeleteRemoves() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.index(doc("a").body("托育").build());
            index.index(doc("b").body("托育").build());
            index.index(doc("a").body("育嬰留職停薪").build());

            assertThat(ids(index, "托育")).containsExactly("b");
            assertThat(ids(index, "育嬰留職停薪")).containsExactly("a");

            index.delete("b");
            assertThat(ids(index, "托育")).isEmpty();

            index.deleteAll();
            assertThat(ids(index, "")).isEmpty();
        }
    }

    @Test
    void committedWritesSurviveReopening() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.index(doc("a").body("性別統計").build());
            index.commit();
        }
        try (SearchIndex index = new SearchIndex(dir)) {
            assertThat(ids(index, "性別統計")).containsExactly("a");
        }
    }

    @Test
    void rebuildReplacesEverythingAndReportsProgress() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.index(doc("stale").body("托育").build());
            List<long[]> reported = new ArrayList<>();

            index.rebuild(IntStream.range(0, 2500).mapToObj(i -> doc("n" + i).body("托育 第" + i + "案").build()),
                    2500, (done, total) -> reported.add(new long[] {done, total}));

            assertThat(ids(index, "托育")).doesNotContain("stale");
            SearchResults all = new SearchService(index).search(SearchQuery.of("托育"), READER);
            assertThat(all.totalHits()).isBetween((long) SearchService.EXACT_TOTAL_UP_TO, 2500L);
            assertThat(all.totalExact()).isFalse();
            assertThat(ids(index, "第2499案")).containsExactly("n2499");
            assertThat(reported).extracting(r -> r[0]).containsExactly(0L, 1000L, 2000L, 2500L);
            assertThat(reported).allSatisfy(r -> assertThat(r[1]).isEqualTo(2500));
            assertThat(index.rebuildProgress()).isEqualTo(new RebuildProgress(false, 2500, 2500));
            assertThat(index.rebuildProgress().fraction()).isEqualTo(1.0);
        }
        try (Stream<Path> folders = Files.list(dir)) {
            assertThat(folders.filter(Files::isDirectory).count()).as("old generation removed").isEqualTo(1);
        }
        try (SearchIndex reopened = new SearchIndex(dir)) {
            assertThat(ids(reopened, "第0案")).containsExactly("n0");
            assertThat(ids(reopened, "第2499案")).containsExactly("n2499");
        }
    }

    @Test
    void progressIsObservableWhileRebuilding() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            List<RebuildProgress> seen = new ArrayList<>();
            Iterator<SearchDocument> docs = IntStream.range(0, 1500).mapToObj(i -> {
                if (i == 1200) {
                    seen.add(index.rebuildProgress());
                }
                return doc("n" + i).body("托育").build();
            }).iterator();

            index.rebuild(docs, -1, ProgressListener.NONE);

            assertThat(seen).containsExactly(new RebuildProgress(true, 1000, -1));
            assertThat(seen.get(0).fraction()).isEqualTo(-1);
        }
    }

    @Test
    void writesDuringARebuildAreKeptAfterTheSwap() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.index(doc("old").body("托育").build());
            Iterator<SearchDocument> docs = IntStream.range(0, 3).mapToObj(i -> {
                if (i == 1) {
                    index.index(doc("duringRebuild").body("托育").build());
                    index.delete("n0");
                    assertThat(ids(index, "托育")).as("old index still serves").contains("old", "duringRebuild");
                }
                return doc("n" + i).body("托育").build();
            }).iterator();

            index.rebuild(docs, 3, ProgressListener.NONE);

            assertThat(ids(index, "托育")).containsExactlyInAnyOrder("n1", "n2", "duringRebuild");
        }
    }

    @Test
    void failedRebuildKeepsTheOldIndex() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            index.index(doc("old").body("托育").build());
            Iterator<SearchDocument> failing = Stream.<SearchDocument>generate(() -> {
                throw new IllegalStateException("database gone");
            }).iterator();

            assertThatThrownBy(() -> index.rebuild(failing, 10, ProgressListener.NONE))
                    .hasMessage("database gone");

            assertThat(ids(index, "托育")).containsExactly("old");
            assertThat(index.rebuildProgress().running()).isFalse();
            index.rebuild(Stream.of(doc("new").body("托育").build()), 1, ProgressListener.NONE);
            assertThat(ids(index, "托育")).containsExactly("new");
        }
    }

    @Test
    void missingOrOutdatedUntilRebuiltWithTheExpectedVersion() throws IOException {
        try (SearchIndex index = new SearchIndex(dir)) {
            assertThat(index.isMissingOrOutdated(SearchIndex.SCHEMA_VERSION)).isTrue();
            index.index(doc("a").build());
            index.commit();
            assertThat(index.isMissingOrOutdated(SearchIndex.SCHEMA_VERSION)).as("partial index").isTrue();

            index.rebuild(Stream.of(doc("a").build()), 1, ProgressListener.NONE);
            assertThat(index.isMissingOrOutdated(SearchIndex.SCHEMA_VERSION)).isFalse();
            assertThat(index.isMissingOrOutdated(SearchIndex.SCHEMA_VERSION + 1)).isTrue();

            index.index(doc("b").build());
            index.commit();
        }
        try (SearchIndex index = new SearchIndex(dir)) {
            assertThat(index.isMissingOrOutdated(SearchIndex.SCHEMA_VERSION)).as("version kept").isFalse();
            index.deleteAll();
            index.commit();
            assertThat(index.isMissingOrOutdated(SearchIndex.SCHEMA_VERSION)).as("emptied").isTrue();
        }
    }
}
