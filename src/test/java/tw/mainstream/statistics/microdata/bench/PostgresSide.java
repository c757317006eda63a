package tw.mainstream.statistics.microdata.bench;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * The PostgreSQL side of {@link MicrodataBenchmark}: a scratch database on 127.0.0.1:5432 with an
 * unlogged table loaded by COPY from a CSV that DuckDB exports from the Parquet file. The table is
 * reused when its comment says it holds the same rows.
 */
final class PostgresSide {

    static final String DATABASE = "mainstream_microdata_bench";
    static final String AGGREGATION = "SELECT nationality, date_trunc('month', crossing_date) AS month, sex, count(*) "
            + "FROM border_crossings GROUP BY 1, 2, 3";

    private final Path dir;

    PostgresSide(Path dir) {
        this.dir = dir;
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
    }

    /** Makes sure the table holds {@code pgRows} crossings generated like the {@code rows}-row file. */
    void load(Path parquet, long rows, long pgRows) throws Exception {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (!r.next()) {
                    s.execute("CREATE DATABASE " + DATABASE);
                }
            }
        }
        String marker = "rows=" + pgRows;
        try (Connection c = connect(DATABASE); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT obj_description('border_crossings'::regclass, 'pg_class')")) {
                if (r.next() && marker.equals(r.getString(1))) {
                    System.out.printf(Locale.ROOT, "PostgreSQL: reusing %s.border_crossings (%,d rows)%n", DATABASE, pgRows);
                    return;
                }
            } catch (SQLException missing) {
                // no table yet
            }
        }
        Path source = parquet;
        if (pgRows != rows) {
            source = dir.resolve("border-crossings-" + pgRows + ".parquet");
            if (!Files.exists(source)) {
                BorderCrossingGenerator.generate(pgRows, source);
            }
        }
        Path csv = dir.resolve("border-crossings-pg.csv");
        long t = System.nanoTime();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            s.execute("COPY (SELECT crossing_date, direction, sex, nationality, age_group FROM read_parquet('"
                    + source.toString().replace("'", "''") + "')) TO '" + csv.toString().replace("'", "''")
                    + "' (FORMAT csv, HEADER false)");
        }
        System.out.printf(Locale.ROOT, "DuckDB exported CSV (%,d MB) in %.1f s%n", Files.size(csv) >> 20,
                MicrodataBenchmark.seconds(t));
        try (Connection c = connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS border_crossings");
            s.execute("CREATE UNLOGGED TABLE border_crossings (crossing_date date NOT NULL, direction text NOT NULL, "
                    + "sex text NOT NULL, nationality text NOT NULL, age_group text NOT NULL)");
            t = System.nanoTime();
            long copied;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(csv), 1 << 20)) {
                copied = new CopyManager(c.unwrap(BaseConnection.class))
                        .copyIn("COPY border_crossings FROM STDIN (FORMAT csv)", in);
            }
            System.out.printf(Locale.ROOT, "PostgreSQL COPY of %,d rows in %.1f s%n", copied, MicrodataBenchmark.seconds(t));
            t = System.nanoTime();
            s.execute("ANALYZE border_crossings");
            System.out.printf(Locale.ROOT, "PostgreSQL ANALYZE in %.1f s%n", MicrodataBenchmark.seconds(t));
            s.execute("COMMENT ON TABLE border_crossings IS '" + marker + "'");
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    /**
     * CPU seconds of the aggregation run by one backend without parallel workers, read from
     * /proc: exact, unlike the CPU of the whole server, which other clients share.
     */
    double serialCpuSeconds() throws SQLException {
        try (Connection c = connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("SET max_parallel_workers_per_gather = 0");
            long pid;
            try (ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                pid = r.getLong(1);
            }
            double before = CpuTime.ofProcess(pid);
            try (ResultSet r = s.executeQuery(AGGREGATION)) {
                while (r.next()) {
                    // read every group
                }
            }
            return CpuTime.ofProcess(pid) - before;
        }
    }

    /** Runs the aggregation; returns the number of groups. */
    long aggregate() throws SQLException {
        try (Connection c = connect(DATABASE); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(AGGREGATION)) {
            long groups = 0;
            while (r.next()) {
                groups++;
            }
            return groups;
        }
    }
}
