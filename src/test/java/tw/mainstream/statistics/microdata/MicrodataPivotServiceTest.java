package tw.mainstream.statistics.microdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MicrodataPivotServiceTest {

    @TempDir
    static Path dir;
    static MicrodataEngine engine;
    static MicrodataPivotService service;

    @BeforeAll
    static void setUp() throws Exception {
        engine = new MicrodataEngine(1, "256MB");
        MicrodataRegistry registry = new MicrodataRegistry(dir.resolve("registry"), engine);
        registry.register(MicrodataFixtures.parquetDataset("crossings",
                MicrodataFixtures.parquet(dir, "crossings.parquet").toString()));
        registry.register(MicrodataFixtures.csvDataset("crossings-csv",
                MicrodataFixtures.csvWithBom(dir, "crossings.csv").toString()));
        service = new MicrodataPivotService(registry, engine);
    }

    @AfterAll
    static void tearDown() {
        engine.close();
    }

    @Test
    void countsByNationalityAndSex() {
        PivotResult r = service.pivot("crossings", PivotRequest.of(List.of("nationality"), "sex"));

        assertThat(r.columnKeys()).containsExactly("男", "女", "X");
        assertThat(r.header()).containsExactly("國籍", "男", "女", "X", "合計", "女性比率(%)");
        assertThat(r.rows()).hasSize(5);
        assertThat(r.value(List.of("日本"), "女")).isEqualTo(2);
        assertThat(r.value(List.of("日本"), "男")).isEqualTo(1);
        assertThat(r.value(List.of("越南"), "男")).isEqualTo(2);
        assertThat(r.value(List.of("印尼"), "男")).isZero();
        assertThat(r.value(List.of("美國"), "X")).isEqualTo(1);
        assertThat(r.row(List.of("日本")).orElseThrow().femaleShare()).isEqualTo(2.0 / 3);
        assertThat(r.row(List.of("印尼")).orElseThrow().femaleShare()).isEqualTo(1.0);
        PivotRow us = r.row(List.of("美國")).orElseThrow();
        assertThat(us.total()).isEqualTo(2);
        assertThat(us.femaleShare()).as("unknown sex is left out of the share").isEqualTo(0.0);
        assertThat(r.columnTotals()).containsExactly(5L, 7L, 1L);
        assertThat(r.total()).isEqualTo(13);
        assertThat(r.femaleShare()).isEqualTo(7.0 / 12);
    }

    @Test
    void shareOfWomenWithoutSexAsColumn() {
        PivotResult r = service.pivot("crossings", PivotRequest.of(List.of("direction"), null));

        assertThat(r.columnKeys()).isEmpty();
        PivotRow arrivals = r.row(List.of("入境")).orElseThrow();
        assertThat(arrivals.total()).isEqualTo(8);
        assertThat(arrivals.female()).isEqualTo(5);
        assertThat(arrivals.male()).isEqualTo(3);
        assertThat(r.row(List.of("出境")).orElseThrow().total()).isEqualTo(5);
    }

    @Test
    void filtersByDimensionValues() {
        PivotResult r = service.pivot("crossings", PivotRequest.of(List.of("direction"), "sex")
                .withFilter("nationality", List.of("日本", "越南")));

        assertThat(r.value(List.of("入境"), "女")).isEqualTo(3);
        assertThat(r.value(List.of("入境"), "男")).isEqualTo(1);
        assertThat(r.value(List.of("出境"), "男")).isEqualTo(2);
        assertThat(r.value(List.of("出境"), "女")).isZero();
        assertThat(r.total()).isEqualTo(6);
    }

    @Test
    void filtersByDateRangeAndGroupsByMonth() {
        PivotResult r = service.pivot("crossings", PivotRequest.of(List.of("crossing_date"), "sex")
                .withDateRange(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 14)).withGrain(TimeGrain.MONTH));

        assertThat(r.rowLabels()).containsExactly("入出境日期（月）");
        assertThat(r.rows()).extracting(PivotRow::keys).containsExactly(List.of("2023-01"), List.of("2023-02"));
        assertThat(r.value(List.of("2023-01"), "女")).isEqualTo(2);
        assertThat(r.value(List.of("2023-01"), "男")).isEqualTo(3);
        assertThat(r.value(List.of("2023-02"), "女")).as("2023-02-14 is included, 02-28 is not").isEqualTo(2);
        assertThat(r.value(List.of("2023-02"), "男")).isZero();
    }

    @Test
    void groupsByRocYear() {
        PivotResult r = service.pivot("crossings", PivotRequest.of(List.of("crossing_date"), "sex")
                .withGrain(TimeGrain.ROC_YEAR));

        assertThat(r.rowLabels()).containsExactly("入出境日期（民國年）");
        assertThat(r.rows()).extracting(PivotRow::keys).containsExactly(List.of("111"), List.of("112"), List.of("113"));
        assertThat(r.value(List.of("111"), "女")).isEqualTo(1);
        assertThat(r.value(List.of("112"), "女")).isEqualTo(6);
        assertThat(r.value(List.of("112"), "男")).isEqualTo(4);
        assertThat(r.value(List.of("112"), "X")).isEqualTo(1);
        assertThat(r.value(List.of("113"), "男")).isEqualTo(1);
    }

    @Test
    void csvWithBomAndChineseHeadersGivesTheSameCounts() {
        PivotResult r = service.pivot("crossings-csv", PivotRequest.of(List.of("國籍", "入出境別"), "性別")
                .withGrain(TimeGrain.YEAR));

        assertThat(r.rowLabels()).containsExactly("國籍", "入出境別");
        assertThat(r.value(List.of("日本", "入境"), "女")).isEqualTo(2);
        assertThat(r.value(List.of("越南", "出境"), "男")).isEqualTo(1);
        assertThat(r.columnTotals()).containsExactly(5L, 7L, 1L);
        PivotResult years = service.pivot("crossings-csv", PivotRequest.of(List.of("日期"), null)
                .withGrain(TimeGrain.YEAR).withFilter("性別", List.of("女")));
        assertThat(years.rows()).extracting(PivotRow::keys, PivotRow::total)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(List.of("2022"), 1L),
                        org.assertj.core.groups.Tuple.tuple(List.of("2023"), 6L));
    }

    @Test
    void rejectsDimensionsNotInTheDescriptor() {
        assertThatThrownBy(() -> service.pivot("crossings", PivotRequest.of(List.of("nationality\", 1 --"), "sex")))
                .isInstanceOf(MicrodataException.class)
                .hasMessageContaining("不是資料集「入出境旅客」可用的分析維度")
                .extracting(e -> ((MicrodataException) e).getMessageKey()).isEqualTo("microdata.pivot.dimensionUnknown");
        assertThatThrownBy(() -> service.pivot("crossings", PivotRequest.of(List.of("NATIONALITY"), null)))
                .isInstanceOf(MicrodataException.class);
        assertThatThrownBy(() -> service.pivot("crossings", PivotRequest.of(List.of("sex"), "sex")))
                .hasMessageContaining("只能使用一次");
        assertThatThrownBy(() -> service.pivot("crossings", PivotRequest.of(List.of("direction"), null)
                .withFilter("1=1; DROP TABLE x", List.of("a"))))
                .extracting(e -> ((MicrodataException) e).getMessageKey()).isEqualTo("microdata.pivot.filterUnknown");
    }

    @Test
    void injectionInFilterValueIsJustAValue() {
        PivotResult r = service.pivot("crossings", PivotRequest.of(List.of("nationality"), "sex")
                .withFilter("nationality", List.of("日本' OR '1'='1", "x') OR (1=1")));

        assertThat(r.rows()).isEmpty();
        assertThat(r.total()).isZero();
        assertThat(service.pivot("crossings", PivotRequest.of(List.of(), null)).total()).isEqualTo(13);
    }

    @Test
    void reportsUnknownDatasetAndReversedDates() {
        assertThatThrownBy(() -> service.pivot("nope", PivotRequest.of(List.of(), null)))
                .hasMessage("找不到資料集「nope」。");
        assertThatThrownBy(() -> service.pivot("crossings", PivotRequest.of(List.of(), null)
                .withDateRange(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 1, 1))))
                .hasMessage("起始日期不能晚於結束日期。");
    }

    @Test
    void refusesResultsWithTooManyGroups() throws Exception {
        MicrodataRegistry registry = new MicrodataRegistry(dir.resolve("registry"), engine);
        MicrodataPivotService small = new MicrodataPivotService(registry, engine, 3);

        assertThatThrownBy(() -> small.pivot("crossings", PivotRequest.of(List.of("nationality"), "sex")))
                .extracting(e -> ((MicrodataException) e).getMessageKey()).isEqualTo("microdata.pivot.tooLarge");
    }
}
