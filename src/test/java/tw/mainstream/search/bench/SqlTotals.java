package tw.mainstream.search.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Row totals the SQL scans found, to print beside the index's totals as a cross-check. */
final class SqlTotals {

    private static final Map<String, Long> TOTALS = new ConcurrentHashMap<>();

    private SqlTotals() {
    }

    static void record(BenchQuery query, long total) {
        TOTALS.put(query.label(), total);
    }

    static long get(BenchQuery query) {
        return TOTALS.getOrDefault(query.label(), -1L);
    }
}
