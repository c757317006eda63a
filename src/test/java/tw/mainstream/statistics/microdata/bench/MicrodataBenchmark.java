package tw.mainstream.statistics.microdata.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import tw.mainstream.statistics.microdata.ColumnRole;
import tw.mainstream.statistics.microdata.DataFormat;
import tw.mainstream.statistics.microdata.MicrodataColumn;
import tw.mainstream.statistics.microdata.MicrodataDataset;
import tw.mainstream.statistics.microdata.MicrodataEngine;
import tw.mainstream.statistics.microdata.MicrodataPivotService;
import tw.mainstream.statistics.microdata.MicrodataRegistry;
import tw.mainstream.statistics.microdata.PivotRequest;
import tw.mainstream.statistics.microdata.PivotResult;
import tw.mainstream.statistics.microdata.TimeGrain;

/**
 * Pivot sex × nationality × month over N generated border crossings: through
 * {@link MicrodataPivotService} on Parquet (median of 5 warm runs), then the same aggregation in
 * PostgreSQL (median of 3). Not a unit test; run with {@code bench/microdata-bench.sh [ROWS]}.
 * Arguments: rows (default 100,000,000), bench folder (default bench-data), PostgreSQL rows
 * (default = rows; fewer to scale the PostgreSQL side down, 0 to skip it).
 */
public final class MicrodataBenchmark {

    private MicrodataBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 100_000_000L;
        Path dir = Path.of(args.length > 1 ? args[1] : "bench-data").toAbsolutePath();
        long pgRows = args.length > 2 ? Long.parseLong(args[2].replace("_", "")) : rows;
        Path parquet = dir.resolve("border-crossings-" + rows + ".parquet");
        if (!Files.exists(parquet)) {
            long t = System.nanoTime();
            BorderCrossingGenerator.generate(rows, parquet);
            System.out.printf(Locale.ROOT, "generated %,d rows in %.1f s%n", rows, seconds(t));
        }
        System.out.printf(Locale.ROOT, "file %s (%,d MB), %d processors%n", parquet,
                Files.size(parquet) >> 20, Runtime.getRuntime().availableProcessors());

        double duck;
        double duckCpu;
        PivotResult result;
        try (MicrodataEngine engine = new MicrodataEngine()) {
            Path registryDir = Files.createDirectories(dir.resolve("registry"));
            MicrodataRegistry registry = new MicrodataRegistry(registryDir, engine);
            String id = "border-crossings-" + rows;
            registry.remove(id);
            registry.register(dataset(id, parquet));
            MicrodataPivotService service = new MicrodataPivotService(registry, engine);
            PivotRequest request = PivotRequest.of(List.of("nationality", "crossing_date"), "sex")
                    .withGrain(TimeGrain.MONTH);
            result = service.pivot(id, request);
            List<Double> times = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                double c = CpuTime.thisProcess();
                long t = System.nanoTime();
                result = service.pivot(id, request);
                times.add(seconds(t));
                cpu.add(CpuTime.thisProcess() - c);
            }
            duck = median(times);
            duckCpu = median(cpu);
            System.out.printf(Locale.ROOT, "DuckDB via MicrodataPivotService: runs %s s, median %.3f s, CPU median %.3f s "
                            + "(%d rows × %d columns, total %,d, share of women %.1f %%), load average %s%n",
                    format(times), duck, duckCpu, result.rows().size(), result.columnKeys().size(), result.total(),
                    result.femaleShare() * 100, CpuTime.loadAverage());
            registry.remove(id);
        }

        if (pgRows <= 0) {
            System.out.printf(Locale.ROOT, "RESULT rows=%d duckdb_median_s=%.3f cpu_duckdb_s=%.2f (PostgreSQL skipped)%n",
                    rows, duck, duckCpu);
            return;
        }
        PostgresSide pg = new PostgresSide(dir);
        pg.load(parquet, rows, pgRows);
        List<Double> pgTimes = new ArrayList<>();
        long groups = 0;
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            groups = pg.aggregate();
            pgTimes.add(seconds(t));
        }
        String load = CpuTime.loadAverage();
        double serialCpu = pg.serialCpuSeconds();
        double scale = (double) rows / pgRows;
        double postgres = median(pgTimes) * scale;
        double postgresCpu = serialCpu * scale;
        System.out.printf(Locale.ROOT, "PostgreSQL on %,d rows: runs %s s, median %.3f s (%,d groups), load average %s; "
                + "CPU of one serial run (no parallel workers) %.3f s%n", pgRows, format(pgTimes), median(pgTimes), groups,
                load, serialCpu);
        if (pgRows != rows) {
            System.out.printf(Locale.ROOT, "PostgreSQL scaled linearly to %,d rows: %.1f s, CPU %.1f s%n",
                    rows, postgres, postgresCpu);
        }
        System.out.printf(Locale.ROOT, "RESULT rows=%d duckdb_median_s=%.3f postgres_median_s=%.3f ratio=%.1fx "
                + "cpu_duckdb_s=%.2f cpu_postgres_s=%.2f cpu_ratio=%.1fx target(<=3s)=%s target(>=10x)=%s%n",
                rows, duck, postgres, postgres / duck, duckCpu, postgresCpu, postgresCpu / duckCpu,
                duck <= 3 ? "met" : "MISSED", postgres / duck >= 10 ? "met" : "MISSED");
    }

    static MicrodataDataset dataset(String id, Path parquet) {
        return new MicrodataDataset(id, "入出境旅客（模擬資料）", "Border crossings (synthetic)",
                List.of(parquet.toString()), DataFormat.PARQUET, List.of(
                new MicrodataColumn("crossing_date", ColumnRole.DATE, "入出境日期", "Date"),
                new MicrodataColumn("direction", ColumnRole.DIMENSION, "入出境別", "Direction"),
                new MicrodataColumn("sex", ColumnRole.SEX, "性別", "Sex"),
                new MicrodataColumn("nationality", ColumnRole.DIMENSION, "國籍", "Nationality"),
                new MicrodataColumn("age_group", ColumnRole.DIMENSION, "年齡層", "Age group")));
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String format(List<Double> times) {
        return times.stream().map(t -> String.format(Locale.ROOT, "%.3f", t)).toList().toString();
    }
}
