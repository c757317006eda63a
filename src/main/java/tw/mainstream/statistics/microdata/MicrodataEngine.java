package tw.mainstream.statistics.microdata;

import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.duckdb.DuckDBConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * One in-memory DuckDB database shared by all microdata queries; each query gets its own
 * connection to it ({@link #connect()}), so they run concurrently and share the Parquet metadata
 * cache. DuckDB uses all processors and at most {@code memoryLimit} (e.g. {@code 2GB}, {@code 25%}).
 * DuckDB (a native library that takes a second or more to load) starts with the first query, not
 * with the application.
 */
@Component
public class MicrodataEngine implements AutoCloseable {

    static final String MEMORY_LIMIT_FORMAT = "\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB|%)";
    private static final Pattern MEMORY_LIMIT = Pattern.compile(MEMORY_LIMIT_FORMAT);

    private DuckDBConnection root;
    private final int threads;
    private final String memoryLimit;

    /** All processors and a 2 GB memory limit. */
    public MicrodataEngine() {
        this(0, "2GB");
    }

    @Autowired
    MicrodataEngine(MicrodataProperties settings) {
        this(settings.threads(), settings.memoryLimit());
    }

    /** @param threads DuckDB worker threads, 0 for all available processors */
    public MicrodataEngine(int threads, String memoryLimit) {
        if (!MEMORY_LIMIT.matcher(memoryLimit.strip()).matches()) {
            throw new IllegalArgumentException("mainstream.microdata.memory-limit must look like 2GB or 25%: " + memoryLimit);
        }
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.memoryLimit = memoryLimit.strip();
    }

    private synchronized DuckDBConnection root() throws SQLException {
        if (root == null) {
            DuckDBConnection started = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
            try (Statement s = started.createStatement()) {
                s.execute("SET threads = " + threads);
                s.execute("SET memory_limit = '" + memoryLimit + "'");
                s.execute("SET enable_progress_bar = false");
                s.execute("SET enable_object_cache = true");
            } catch (SQLException e) {
                started.close();
                throw e;
            }
            root = started;
        }
        return root;
    }

    /** A new connection to the shared database; close it after the query. */
    public Connection connect() throws SQLException {
        return root().duplicate();
    }

    public int threads() {
        return threads;
    }

    public String memoryLimit() {
        return memoryLimit;
    }

    /**
     * The table expression reading the dataset's files, e.g. {@code read_parquet(['/a.parquet'])}.
     * Paths come from a validated descriptor, never from a query, and are quoted as literals.
     */
    static String source(DataFormat format, List<String> paths) {
        String list = paths.stream().map(MicrodataEngine::literal).collect(Collectors.joining(", ", "[", "]"));
        return switch (format) {
            case PARQUET -> "read_parquet(" + list + ")";
            case CSV -> "read_csv(" + list + ", header = true, encoding = 'utf-8', sample_size = 20480)";
        };
    }

    /** A SQL string literal. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /** A SQL identifier, quoted so that Chinese names and reserved words work. */
    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @PreDestroy
    @Override
    public synchronized void close() {
        if (root == null) {
            return;
        }
        try {
            root.close();
            root = null;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close DuckDB", e);
        }
    }
}
