package tw.mainstream.search.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import tw.mainstream.search.engine.SearchService;

/** Runs the queries round-robin from many threads for a bounded time and count, recording latencies. */
final class LoadRunner {

    private final SearchService service;
    private final List<BenchQuery> queries;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private List<Latencies> perQuery;
    /** CPU time of each search on its own thread: the cost, independent of waiting for a core. */
    private Latencies cpu;
    private final long[] totals;
    private double throughput;

    LoadRunner(SearchService service, List<BenchQuery> queries) {
        this.service = service;
        this.queries = queries;
        this.totals = new long[queries.size()];
        reset();
    }

    void reset() {
        perQuery = new ArrayList<>();
        cpu = new Latencies();
        queries.forEach(q -> perQuery.add(new Latencies()));
    }

    /** Runs every query {@code rounds} times on one thread, so the JIT has compiled the hot paths. */
    void warmUp(int rounds) {
        for (int r = 0; r < rounds; r++) {
            for (BenchQuery q : queries) {
                service.search(q.searchQuery(), q.scope());
            }
        }
    }

    void run(int threads, int seconds, int maxSearches) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger issued = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    int n;
                    while (System.nanoTime() < deadline && (n = issued.getAndIncrement()) < maxSearches) {
                        int i = n % queries.size();
                        long c0 = THREADS.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        long hits = service.search(queries.get(i).searchQuery(), queries.get(i).scope()).totalHits();
                        perQuery.get(i).add(System.nanoTime() - t0);
                        cpu.add(THREADS.getCurrentThreadCpuTime() - c0);
                        totals[i] = hits;
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        Latencies all = all();
        throughput = all.count() / ((System.nanoTime() - start) / 1e9);
    }

    Latencies cpu() {
        return cpu;
    }

    List<Latencies> perQuery() {
        return perQuery;
    }

    long[] totals() {
        return totals;
    }

    double throughput() {
        return throughput;
    }

    Latencies all() {
        Latencies all = new Latencies();
        perQuery.forEach(all::addAll);
        return all;
    }
}
