package tw.mainstream.statistics.microdata.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes synthetic border crossings (移民署 入出境) to Parquet with DuckDB itself.
 * Rows are ordered by date, as an export from the agency would be: row i falls on the day
 * where the cumulative daily weight reaches i / N, so no sort is needed. Daily weights follow
 * weekly and seasonal patterns and the COVID-19 border closure (2020-03-19 .. 2022-10-12).
 */
public final class BorderCrossingGenerator {

    /** Nationality, weight in all crossings (%), share of women among its crossings. */
    record Nationality(String name, double weight, double femaleShare) {}

    static final List<Nationality> NATIONALITIES = List.of(
            new Nationality("中華民國", 60.0, 0.51), new Nationality("日本", 6.0, 0.38),
            new Nationality("中國大陸", 5.0, 0.55), new Nationality("香港", 4.0, 0.53),
            new Nationality("韓國", 3.5, 0.55), new Nationality("越南", 3.5, 0.41),
            new Nationality("印尼", 3.0, 0.63), new Nationality("菲律賓", 3.0, 0.60),
            new Nationality("泰國", 2.5, 0.27), new Nationality("美國", 2.5, 0.42),
            new Nationality("馬來西亞", 2.0, 0.50), new Nationality("新加坡", 1.2, 0.48),
            new Nationality("澳門", 1.0, 0.54), new Nationality("印度", 0.4, 0.22),
            new Nationality("加拿大", 0.4, 0.45), new Nationality("澳大利亞", 0.4, 0.44),
            new Nationality("德國", 0.3, 0.36), new Nationality("英國", 0.3, 0.37),
            new Nationality("法國", 0.3, 0.40), new Nationality("緬甸", 0.3, 0.47),
            new Nationality("柬埔寨", 0.1, 0.58), new Nationality("俄羅斯", 0.1, 0.52),
            new Nationality("荷蘭", 0.1, 0.39), new Nationality("義大利", 0.1, 0.38),
            new Nationality("西班牙", 0.1, 0.41), new Nationality("紐西蘭", 0.1, 0.45),
            new Nationality("巴西", 0.05, 0.43), new Nationality("墨西哥", 0.05, 0.41),
            new Nationality("土耳其", 0.05, 0.30), new Nationality("其他", 0.5, 0.45));

    static final List<String> AGE_GROUPS = List.of("0-14", "15-24", "25-34", "35-44", "45-54", "55-64", "65+");
    static final List<Integer> AGE_WEIGHTS = List.of(7, 13, 22, 22, 17, 12, 7);

    private BorderCrossingGenerator() {
    }

    public static void main(String[] args) throws SQLException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 100_000_000L;
        Path out = Path.of(args.length > 1 ? args[1] : "bench-data/border-crossings-" + rows + ".parquet");
        long started = System.nanoTime();
        generate(rows, out);
        System.out.printf(Locale.ROOT, "wrote %,d rows to %s in %.1f s%n", rows, out,
                (System.nanoTime() - started) / 1e9);
    }

    /** Writes {@code rows} crossings to {@code out} (replaced if present). */
    public static void generate(long rows, Path out) throws SQLException {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be positive");
        }
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new SQLException("cannot create " + out.getParent(), e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            s.execute("SET threads = " + Runtime.getRuntime().availableProcessors());
            s.execute("SET preserve_insertion_order = true");
            s.execute(dailyWeightsSql());
            s.execute("CREATE TEMP TABLE slots AS SELECT list(day ORDER BY day) AS days FROM ("
                    + " SELECT day, unnest(range(CAST(round(share * 100000) AS BIGINT))) FROM ("
                    + "  SELECT day, weight / sum(weight) OVER () AS share FROM daily))");
            s.execute("COPY (" + rowsSql(rows) + ") TO '" + out.toAbsolutePath().toString().replace("'", "''")
                    + "' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000000)");
        }
    }

    /** One weight per day 2019-01-01..2023-12-31: season, weekday and the COVID-19 dip. */
    private static String dailyWeightsSql() {
        return """
            CREATE TEMP TABLE daily AS
            SELECT day,
                   (1 + 0.15 * cos(2 * pi() * (dayofyear(day) - 30) / 365.0))
                 * (CASE WHEN dayofweek(day) IN (0, 5) THEN 1.25 ELSE 1.0 END)
                 * (CASE WHEN day < DATE '2020-02-01' THEN 1.0
                         WHEN day < DATE '2020-03-19' THEN 0.45
                         WHEN day < DATE '2022-10-13' THEN 0.035
                         WHEN day < DATE '2023-06-01'
                              THEN 0.35 + 0.45 * (day - DATE '2022-10-13') / (DATE '2023-06-01' - DATE '2022-10-13')
                         ELSE 0.85 END) AS weight
            FROM (SELECT CAST(d AS DATE) AS day
                  FROM range(DATE '2019-01-01', DATE '2024-01-01', INTERVAL 1 DAY) t(d))
            """;
    }

    private static String rowsSql(long rows) {
        String natNames = NATIONALITIES.stream().map(n -> "'" + n.name() + "'").collect(Collectors.joining(","));
        String natShares = NATIONALITIES.stream().map(n -> String.valueOf(n.femaleShare())).collect(Collectors.joining(","));
        String natSlots = slots(NATIONALITIES.stream().map(Nationality::weight).toList(), 2000);
        String ageNames = AGE_GROUPS.stream().map(a -> "'" + a + "'").collect(Collectors.joining(","));
        String ageSlots = slots(AGE_WEIGHTS.stream().map(Integer::doubleValue).toList(), 100);
        return """
            SELECT crossing_date,
                   CASE WHEN random() < 0.5 THEN '入境' ELSE '出境' END AS direction,
                   CASE WHEN random() < [%s][nat] THEN '女' ELSE '男' END AS sex,
                   [%s][nat] AS nationality,
                   [%s][[%s][1 + CAST(floor(random() * %d) AS INTEGER)]] AS age_group
            FROM (
              SELECT slots.days[1 + CAST(floor(i * len(slots.days) / %d::DOUBLE) AS BIGINT)] AS crossing_date,
                     [%s][1 + CAST(floor(random() * %d) AS INTEGER)] AS nat
              FROM range(%d) r(i), slots)
            """.formatted(natShares, natNames, ageNames, ageSlots, 100, rows, natSlots, 2000, rows);
    }

    /** A list literal of 1-based indexes, each repeated in proportion to its weight. */
    private static String slots(List<Double> weights, int size) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder sb = new StringBuilder();
        double cumulative = 0;
        int filled = 0;
        for (int k = 0; k < weights.size(); k++) {
            cumulative += weights.get(k);
            int until = k == weights.size() - 1 ? size : (int) Math.round(cumulative / total * size);
            for (; filled < until; filled++) {
                sb.append(sb.isEmpty() ? "" : ",").append(k + 1);
            }
        }
        return sb.toString();
    }
}
