package tw.mainstream.statistics.microdata.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator (used by the benchmark) writes the rows it promises, in date order, with the COVID dip. */
class BorderCrossingGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void writesOrderedRealisticRows() throws Exception {
        Path file = dir.resolve("c.parquet");
        BorderCrossingGenerator.generate(200_000, file);

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), min(crossing_date), max(crossing_date), "
                     + "count(*) FILTER (WHERE year(crossing_date) = 2019), count(*) FILTER (WHERE year(crossing_date) = 2021), "
                     + "count(DISTINCT nationality), avg(CASE WHEN sex = '女' THEN 1 ELSE 0 END), "
                     + "count(*) FILTER (WHERE direction NOT IN ('入境', '出境')), "
                     + "count(*) FILTER (WHERE nationality = '中華民國'), "
                     + "bool_and(crossing_date >= prev) FROM (SELECT *, lag(crossing_date, 1, DATE '2019-01-01') "
                     + "OVER (ORDER BY file_row_number) AS prev "
                     + "FROM read_parquet('" + file + "', file_row_number = true))")) {
            r.next();
            assertThat(r.getLong(1)).isEqualTo(200_000);
            assertThat(r.getString(2)).isEqualTo("2019-01-01");
            assertThat(r.getString(3)).isEqualTo("2023-12-31");
            assertThat(r.getLong(5)).as("2021 is a small fraction of 2019").isLessThan(r.getLong(4) / 10);
            assertThat(r.getLong(6)).isEqualTo(30);
            assertThat(r.getDouble(7)).isBetween(0.47, 0.53);
            assertThat(r.getLong(8)).isZero();
            assertThat(r.getLong(9)).isBetween(110_000L, 130_000L);
            assertThat(r.getBoolean(10)).as("rows are in date order").isTrue();
        }
    }
}
