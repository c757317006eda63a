package tw.mainstream.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import tw.mainstream.support.TestDatabase;

/** A scratch PostgreSQL database of its own (name wt_cluster15_…), created and dropped by a test. */
final class ScratchPostgres implements AutoCloseable {

    final String name = "wt_cluster15_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    ScratchPostgres() throws SQLException {
        admin("create database " + name);
    }

    String url() {
        return TestDatabase.PG_SERVER + name;
    }

    @Override
    public void close() throws SQLException {
        admin("drop database if exists " + name + " with (force)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabase.PG_SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
