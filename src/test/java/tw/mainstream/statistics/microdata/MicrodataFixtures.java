package tw.mainstream.statistics.microdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Thirteen border crossings small enough to count by hand, as Parquet and as CSV.
 * By nationality × sex: 日本 女2 男1; 越南 女1 男2; 中華民國 女2 男1; 印尼 女2; 美國 男1 X1.
 * Dates: one in 2022 (ROC 111), one in 2024 (ROC 113), the rest in 2023 (ROC 112).
 */
final class MicrodataFixtures {

    static final List<String> ROWS = List.of(
            "2022-12-31,入境,女,日本,25-34",
            "2023-01-05,入境,女,日本,25-34",
            "2023-01-06,出境,男,日本,35-44",
            "2023-01-20,入境,女,越南,25-34",
            "2023-01-21,入境,男,越南,25-34",
            "2023-01-22,出境,男,越南,45-54",
            "2023-02-01,入境,女,中華民國,65+",
            "2023-02-14,出境,女,中華民國,15-24",
            "2023-02-28,入境,男,中華民國,15-24",
            "2023-03-01,出境,女,印尼,25-34",
            "2023-03-02,入境,女,印尼,35-44",
            "2024-01-01,入境,男,美國,55-64",
            "2023-03-03,出境,X,美國,25-34");

    private MicrodataFixtures() {
    }

    /** The rows as Parquet with English column names; crossing_date is a DATE. */
    static Path parquet(Path dir, String name) throws SQLException {
        Path file = dir.resolve(name);
        StringBuilder values = new StringBuilder();
        for (String row : ROWS) {
            String[] f = row.split(",");
            values.append(values.isEmpty() ? "" : ", ").append("(DATE '").append(f[0]).append("', '")
                    .append(f[1]).append("', '").append(f[2]).append("', '").append(f[3]).append("', '")
                    .append(f[4]).append("')");
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES " + values + ") t(crossing_date, direction, sex, nationality, age_group)) TO '"
                    + file + "' (FORMAT parquet)");
        }
        return file;
    }

    /** The rows as UTF-8 CSV with a byte order mark and Chinese headers. */
    static Path csvWithBom(Path dir, String name) throws IOException {
        String text = "\uFEFF日期,入出境別,性別,國籍,年齡層\n" + String.join("\n", ROWS) + "\n";
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static MicrodataDataset parquetDataset(String id, String path) {
        return new MicrodataDataset(id, "入出境旅客", "Border crossings", List.of(path), DataFormat.PARQUET, List.of(
                new MicrodataColumn("crossing_date", ColumnRole.DATE, "入出境日期", "Date"),
                new MicrodataColumn("direction", ColumnRole.DIMENSION, "入出境別", "Direction"),
                new MicrodataColumn("sex", ColumnRole.SEX, "性別", "Sex"),
                new MicrodataColumn("nationality", ColumnRole.DIMENSION, "國籍", "Nationality"),
                new MicrodataColumn("age_group", ColumnRole.DIMENSION, "年齡層", "Age group")));
    }

    static MicrodataDataset csvDataset(String id, String path) {
        return new MicrodataDataset(id, "入出境旅客（CSV）", null, List.of(path), DataFormat.CSV, List.of(
                new MicrodataColumn("日期", ColumnRole.DATE, null, "Date"),
                new MicrodataColumn("入出境別", ColumnRole.DIMENSION, null, "Direction"),
                new MicrodataColumn("性別", ColumnRole.SEX, null, "Sex"),
                new MicrodataColumn("國籍", ColumnRole.DIMENSION, null, "Nationality")));
    }
}
