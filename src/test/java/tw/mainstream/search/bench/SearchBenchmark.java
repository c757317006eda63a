package tw.mainstream.search.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tw.mainstream.search.engine.SearchIndex;
import tw.mainstream.search.engine.SearchService;

/**
 * Search latency at realistic scale: the corpus of {@link CorpusGenerator} in the Lucene index
 * and in PostgreSQL; the fixed queries of {@link BenchQuery} against {@link SearchService} at
 * many concurrent threads, and as ILIKE scans on PostgreSQL. Run through bench/search-bench.sh.
 * Options: --items=N --reports=N --threads=N --seconds=N --warmup-rounds=N --warmup=N --sql-reps=N --dir=PATH --reuse --keep-db
 */
public final class SearchBenchmark {

    private static final long SEED = 20221125L;

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = Stream.of(args).map(a -> a.replaceFirst("^--", "").split("=", 2))
                .collect(Collectors.toMap(a -> a[0], a -> a.length > 1 ? a[1] : "true"));
        int items = Integer.parseInt(opt.getOrDefault("items", "100000"));
        int reports = Integer.parseInt(opt.getOrDefault("reports", "500000"));
        int threads = Integer.parseInt(opt.getOrDefault("threads", "16"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "30"));
        int sqlReps = Integer.parseInt(opt.getOrDefault("sql-reps", "3"));
        boolean reuse = opt.containsKey("reuse");
        Path dir = Path.of(opt.getOrDefault("dir", "target/search-bench"));
        List<BenchQuery> queries = BenchQuery.fixedSet();
        long total = (long) items + reports;
        System.out.printf("corpus: %,d tracked items + %,d progress reports; %d queries; %d threads%n",
                items, reports, queries.size(), threads);

        try (SearchIndex index = new SearchIndex(dir.resolve("index"))) {
            if (!reuse || index.isMissingOrOutdated(SearchIndex.SCHEMA_VERSION)) {
                long t0 = System.nanoTime();
                AtomicLong lastPrinted = new AtomicLong();
                index.rebuild(new CorpusGenerator(SEED, items, reports), total, (done, all) -> {
                    if (done - lastPrinted.get() >= all / 10 || done == all) {
                        lastPrinted.set(done);
                        System.out.printf("  indexing %,d / %,d%n", done, all);
                    }
                });
                System.out.printf("index rebuilt in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
            if (!reuse || BenchDatabase.rowCount() != total) {
                long t0 = System.nanoTime();
                BenchDatabase.recreateAndLoad(new CorpusGenerator(SEED, items, reports));
                System.out.printf("PostgreSQL loaded (COPY) in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
            SearchService service = new SearchService(index);
            LoadRunner lucene = new LoadRunner(service, queries);
            long w0 = System.nanoTime();
            lucene.warmUp(Integer.parseInt(opt.getOrDefault("warmup-rounds", "100")));
            lucene.run(threads, Integer.parseInt(opt.getOrDefault("warmup", "10")), Integer.MAX_VALUE);
            System.out.printf("warm-up (single thread, then %d threads) took %.0f s%n", threads,
                    (System.nanoTime() - w0) / 1e9);
            lucene.reset();
            lucene.run(threads, seconds, 200_000);
            List<Latencies> sql = runSql(queries, sqlReps);
            long s0 = System.nanoTime();
            Latencies sqlConcurrent = ConcurrentSql.run(queries, threads);
            System.out.printf("concurrent ILIKE scans took %.0f s%n", (System.nanoTime() - s0) / 1e9);
            report(queries, lucene, sql, sqlConcurrent, threads, sqlReps);
        } finally {
            if (!opt.containsKey("keep-db") && !reuse) {
                BenchDatabase.drop();
                System.out.println("scratch database dropped");
            }
        }
    }

    private static List<Latencies> runSql(List<BenchQuery> queries, int reps) throws Exception {
        List<Latencies> result = new ArrayList<>();
        try (Connection c = BenchDatabase.connect(BenchDatabase.NAME)) {
            for (BenchQuery q : queries) {
                BenchDatabase.run(c, q);
                Latencies l = new Latencies();
                for (int i = 0; i < reps; i++) {
                    long t0 = System.nanoTime();
                    SqlTotals.record(q, BenchDatabase.run(c, q));
                    l.add(System.nanoTime() - t0);
                }
                result.add(l);
            }
        }
        return result;
    }

    private static void report(List<BenchQuery> queries, LoadRunner lucene, List<Latencies> sql,
                               Latencies sqlConcurrent, int threads, int reps) {
        System.out.printf("%nper query: Lucene at %d threads (p50/p95 ms) | PostgreSQL ILIKE, 1 connection (p50 ms) | hits%n",
                threads);
        Latencies allSql = new Latencies();
        for (int i = 0; i < queries.size(); i++) {
            BenchQuery q = queries.get(i);
            Latencies l = lucene.perQuery().get(i);
            allSql.addAll(sql.get(i));
            System.out.printf(Locale.ROOT, "  %-34s %7.2f %7.2f | %8.1f | lucene %,9d%s sql %,9d%n", q.label(),
                    l.percentileMs(50), l.percentileMs(95), sql.get(i).percentileMs(50), lucene.totals()[i],
                    lucene.totals()[i] >= SearchService.EXACT_TOTAL_UP_TO ? "+" : " ",
                    SqlTotals.get(q));
        }
        Latencies all = lucene.all();
        System.out.printf(Locale.ROOT, "%nLucene  (%d threads, %,d searches, %.0f/s): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                threads, all.count(), lucene.throughput(), all.percentileMs(50), all.percentileMs(95), all.percentileMs(99));
        Latencies cpu = lucene.cpu();
        System.out.printf(Locale.ROOT, "Lucene  CPU time per search: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d cores; load average %.1f)%n",
                cpu.percentileMs(50), cpu.percentileMs(95), cpu.percentileMs(99),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf(Locale.ROOT, "SQL     (1 connection, %d reps/query): p50 %.1f ms, p95 %.1f ms%n",
                reps, allSql.percentileMs(50), allSql.percentileMs(95));
        System.out.printf(Locale.ROOT, "SQL     (%d connections, every query once each): p50 %.1f ms, p95 %.1f ms%n",
                threads, sqlConcurrent.percentileMs(50), sqlConcurrent.percentileMs(95));
        double p50 = sqlConcurrent.percentileMs(50) / all.percentileMs(50);
        double p95 = sqlConcurrent.percentileMs(95) / all.percentileMs(95);
        System.out.printf(Locale.ROOT, "ratio   SQL/Lucene, both at %d concurrent users: p50 %.0fx, p95 %.0fx%n", threads,
                p50, p95);
        System.out.printf(Locale.ROOT, "ratio   SQL alone (1 connection) / Lucene at %d users: p50 %.0fx, p95 %.0fx%n",
                threads, allSql.percentileMs(50) / all.percentileMs(50),
                allSql.percentileMs(95) / all.percentileMs(95));
        boolean ok = all.percentileMs(95) <= 50 && p95 >= 20;
        System.out.println("targets (p95 <= 50 ms, >= 20x faster at the same load): " + (ok ? "MET" : "NOT MET"));
    }

    private SearchBenchmark() {
    }
}
