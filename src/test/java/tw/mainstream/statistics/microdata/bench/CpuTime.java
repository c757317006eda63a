package tw.mainstream.statistics.microdata.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds, to compare engines on a machine other jobs share: wall time there depends on the
 * load, CPU time much less. Linux only (reads /proc), as root to see PostgreSQL's processes.
 */
final class CpuTime {

    private static final double TICKS_PER_SECOND = 100.0;

    private CpuTime() {
    }

    /** CPU time of this JVM, DuckDB's native threads included. */
    static double thisProcess() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /**
     * CPU time of all PostgreSQL server processes, including exited parallel workers and backends
     * (counted in the postmaster's children time). Other clients of the server add noise.
     */
    static double postgres() {
        double ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs.filter(x -> x.getFileName().toString().matches("\\d+"))::iterator) {
                ticks += postgresTicks(p.resolve("stat"));
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** 1-minute load average. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long postgresTicks(Path stat) {
        try {
            String s = Files.readString(stat);
            int close = s.lastIndexOf(')');
            if (!s.substring(s.indexOf('(') + 1, close).equals("postgres")) {
                return 0;
            }
            String[] f = s.substring(close + 2).split(" ");
            // fields after the name start at field 3 (state); utime=14, stime=15, cutime=16, cstime=17
            return Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
