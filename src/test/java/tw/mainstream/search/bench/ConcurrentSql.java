package tw.mainstream.search.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ILIKE scans under the same load as the Lucene run: {@code threads} connections, each
 * running every query once in its own shuffled order, so both sides are measured at the same
 * number of concurrent users.
 */
final class ConcurrentSql {

    private ConcurrentSql() {
    }

    static Latencies run(List<BenchQuery> queries, int threads) throws Exception {
        Latencies all = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = t;
                done.add(pool.submit(() -> {
                    List<BenchQuery> order = new ArrayList<>(queries);
                    Collections.shuffle(order, new Random(seed));
                    try (Connection c = BenchDatabase.connect(BenchDatabase.NAME)) {
                        for (BenchQuery q : order) {
                            long t0 = System.nanoTime();
                            BenchDatabase.run(c, q);
                            all.add(System.nanoTime() - t0);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return all;
    }
}
