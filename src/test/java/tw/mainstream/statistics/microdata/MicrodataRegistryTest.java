package tw.mainstream.statistics.microdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MicrodataRegistryTest {

    @TempDir
    Path dir;
    MicrodataEngine engine;
    MicrodataRegistry registry;

    @BeforeEach
    void setUp() {
        engine = new MicrodataEngine(1, "256MB");
        registry = new MicrodataRegistry(dir.resolve("registry"), engine);
    }

    @AfterEach
    void tearDown() {
        engine.close();
    }

    @Test
    void registersAndPersistsWithColumnTypes() throws Exception {
        Path file = MicrodataFixtures.parquet(dir, "a.parquet");
        MicrodataDataset stored = registry.register(MicrodataFixtures.parquetDataset("nia-crossings", file.toString()));

        assertThat(stored.column("crossing_date").orElseThrow().sqlType()).isEqualTo("DATE");
        assertThat(stored.column("sex").orElseThrow().sqlType()).isEqualTo("VARCHAR");
        assertThat(Files.exists(dir.resolve("registry/nia-crossings.json"))).isTrue();

        MicrodataRegistry reopened = new MicrodataRegistry(dir.resolve("registry"), engine);
        assertThat(reopened.list()).extracting(MicrodataDataset::id).containsExactly("nia-crossings");
        assertThat(reopened.find("nia-crossings")).contains(stored);

        assertThat(reopened.remove("nia-crossings")).isTrue();
        assertThat(reopened.find("nia-crossings")).isEmpty();
        assertThat(reopened.remove("nia-crossings")).isFalse();
        assertThat(new MicrodataRegistry(dir.resolve("registry"), engine).list()).isEmpty();
    }

    @Test
    void registersAGlobOfFiles() throws Exception {
        Files.createDirectories(dir.resolve("parts"));
        MicrodataFixtures.parquet(dir.resolve("parts"), "2023-a.parquet");
        MicrodataFixtures.parquet(dir.resolve("parts"), "2023-b.parquet");
        registry.register(MicrodataFixtures.parquetDataset("parts", dir.resolve("parts") + "/*.parquet"));

        PivotResult r = new MicrodataPivotService(registry, engine).pivot("parts", PivotRequest.of(List.of(), "sex"));
        assertThat(r.total()).isEqualTo(26);
        assertThatThrownBy(() -> registry.register(MicrodataFixtures.parquetDataset("none", dir + "/nothing-*.parquet")))
                .extracting(e -> ((MicrodataException) e).getMessageKey()).isEqualTo("microdata.dataset.globEmpty");
    }

    @Test
    void missingFileGivesAClearMessage() {
        String path = dir.resolve("missing.parquet").toString();

        assertThatThrownBy(() -> registry.register(MicrodataFixtures.parquetDataset("missing", path)))
                .isInstanceOf(MicrodataException.class)
                .hasMessage("找不到資料檔「" + path + "」，請確認路徑是否正確。")
                .extracting(e -> ((MicrodataException) e).getMessageKey()).isEqualTo("microdata.dataset.fileMissing");
        assertThat(registry.list()).isEmpty();
    }

    @Test
    void fileDuckDbCannotReadIsRejected() throws Exception {
        Path notParquet = Files.writeString(dir.resolve("fake.parquet"), "這不是 Parquet 檔案");

        assertThatThrownBy(() -> registry.register(MicrodataFixtures.parquetDataset("fake", notParquet.toString())))
                .hasMessageStartingWith("無法以 PARQUET 格式讀取資料檔")
                .extracting(e -> ((MicrodataException) e).getMessageKey()).isEqualTo("microdata.dataset.fileUnreadable");
    }

    @Test
    void declaredColumnMissingFromTheFileIsNamed() throws Exception {
        Path csv = MicrodataFixtures.csvWithBom(dir, "b.csv");
        MicrodataDataset wrong = new MicrodataDataset("wrong", "錯誤欄位", null, List.of(csv.toString()), DataFormat.CSV,
                List.of(new MicrodataColumn("性別", ColumnRole.SEX, null, null),
                        new MicrodataColumn("戶籍地", ColumnRole.DIMENSION, null, null)));

        assertThatThrownBy(() -> registry.register(wrong))
                .hasMessage("資料檔中沒有欄位「戶籍地」；檔案中的欄位有：日期、入出境別、性別、國籍、年齡層。");
    }

    @Test
    void checksRolesIdsAndDuplicates() throws Exception {
        String csv = MicrodataFixtures.csvWithBom(dir, "c.csv").toString();
        MicrodataDataset dateIsText = new MicrodataDataset("text-date", "日期錯誤", null, List.of(csv), DataFormat.CSV,
                List.of(new MicrodataColumn("國籍", ColumnRole.DATE, null, null)));
        assertThatThrownBy(() -> registry.register(dateIsText))
                .extracting(e -> ((MicrodataException) e).getMessageKey()).isEqualTo("microdata.dataset.dateColumnType");
        MicrodataDataset textMeasure = new MicrodataDataset("text-measure", "計數錯誤", null, List.of(csv), DataFormat.CSV,
                List.of(new MicrodataColumn("國籍", ColumnRole.DIMENSION, null, null),
                        new MicrodataColumn("性別", ColumnRole.MEASURE, null, null)));
        assertThatThrownBy(() -> registry.register(textMeasure))
                .extracting(e -> ((MicrodataException) e).getMessageKey()).isEqualTo("microdata.dataset.measureColumnType");
        assertThatThrownBy(() -> registry.register(MicrodataFixtures.csvDataset("../etc", csv)))
                .extracting(e -> ((MicrodataException) e).getMessageKey()).isEqualTo("microdata.dataset.idInvalid");

        registry.register(MicrodataFixtures.csvDataset("csv", csv));
        assertThatThrownBy(() -> registry.register(MicrodataFixtures.csvDataset("csv", csv)))
                .hasMessage("資料集代碼「csv」已經使用，請先移除舊的資料集。");
    }

    @Test
    void sumsAMeasureColumnOfPreAggregatedData() throws Exception {
        Path csv = Files.writeString(dir.resolve("agg.csv"), "年,性別,人數\n2023,女,120\n2023,男,80\n2024,女,30\n");
        registry.register(new MicrodataDataset("agg", "彙總資料", null, List.of(csv.toString()), DataFormat.CSV,
                List.of(new MicrodataColumn("年", ColumnRole.DIMENSION, null, null),
                        new MicrodataColumn("性別", ColumnRole.SEX, null, null),
                        new MicrodataColumn("人數", ColumnRole.MEASURE, null, null))));

        PivotResult r = new MicrodataPivotService(registry, engine).pivot("agg", PivotRequest.of(List.of("年"), "性別"));
        assertThat(r.value(List.of("2023"), "女")).isEqualTo(120);
        assertThat(r.row(List.of("2023")).orElseThrow().femaleShare()).isEqualTo(0.6);
        assertThat(r.total()).isEqualTo(230);
        PivotResult filtered = new MicrodataPivotService(registry, engine)
                .pivot("agg", PivotRequest.of(List.of("性別"), null).withFilter("年", List.of("2024")));
        assertThat(filtered.total()).as("integer column filtered by its text").isEqualTo(30);
    }
}
