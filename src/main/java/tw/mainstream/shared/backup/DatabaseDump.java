package tw.mainstream.shared.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A consistent copy of the database: PostgreSQL through its own tools ({@code pg_dump} in one
 * snapshot, {@code pg_restore}), H2 through {@code SCRIPT} / {@code RUNSCRIPT}.
 */
final class DatabaseDump {

    private DatabaseDump() {
    }

    static String entryName(BackupSettings s) {
        return s.postgres() ? "database/postgresql.dump" : "database/h2.sql";
    }

    static void dump(BackupSettings s, Path target) throws IOException, SQLException {
        if (s.postgres()) {
            run(s, List.of("pg_dump", "--format=custom", "--no-owner", "--no-privileges", "--file", target.toString()));
        } else {
            try (Connection c = connect(s); PreparedStatement ps = c.prepareStatement("SCRIPT TO ?")) {
                ps.setString(1, target.toString());
                ps.execute();
            }
        }
    }

    static void restore(BackupSettings s, Path source) throws IOException, SQLException {
        if (s.postgres()) {
            run(s, List.of("pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", source.toString()));
        } else {
            try (Connection c = connect(s); PreparedStatement ps = c.prepareStatement("RUNSCRIPT FROM ?")) {
                ps.setString(1, source.toString());
                ps.execute();
            }
        }
    }

    /** True when the database has no schema of the application yet (Flyway's history table). */
    static boolean isEmpty(BackupSettings s) throws SQLException {
        try (Connection c = connect(s);
             ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                if (rs.getString("TABLE_NAME").equalsIgnoreCase("flyway_schema_history")) {
                    return false;
                }
            }
            return true;
        }
    }

    static Connection connect(BackupSettings s) throws SQLException {
        return DriverManager.getConnection(s.url(), s.username(), s.password());
    }

    private static void run(BackupSettings s, List<String> command) throws IOException {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("--dbname", libpqUri(s.url()), "--username", s.username()));
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", s.password());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) {
                throw new IOException(command.get(0) + " failed: " + output.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command.get(0) + " interrupted", e);
        }
    }

    /** {@code jdbc:postgresql://host:port/db?…} as libpq's {@code postgresql://host:port/db}. */
    static String libpqUri(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return "postgresql://" + host + port + uri.getPath();
    }
}
