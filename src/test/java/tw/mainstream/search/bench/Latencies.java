package tw.mainstream.search.bench;

import java.util.Arrays;

/** Percentiles of recorded latencies (nanoseconds in, milliseconds out). */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long value) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = value;
    }

    synchronized void addAll(Latencies other) {
        long[] values = other.snapshot();
        for (long v : values) {
            add(v);
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized long[] snapshot() {
        return Arrays.copyOf(nanos, count);
    }

    /** The p-th percentile in milliseconds (nearest rank), NaN when empty. */
    double percentileMs(double p) {
        long[] sorted = snapshot();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
