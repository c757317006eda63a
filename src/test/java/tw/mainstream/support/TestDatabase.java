package tw.mainstream.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The database a test JVM runs on: embedded H2 by default, or a scratch PostgreSQL database on
 * 127.0.0.1:5432 when {@code -Dmainstream.test.db=postgres} (the Maven "postgres" execution).
 * An unreachable PostgreSQL fails the build; it is never skipped.
 */
public final class TestDatabase {

    public static final String PG_SERVER = System.getProperty("mainstream.test.pg",
            "jdbc:postgresql://127.0.0.1:5432/");
    private static final String NAME = "mainstream_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static String url;

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("mainstream.test.db"));
    }

    public static synchronized String url() {
        if (url == null) {
            url = isPostgres() ? createPostgres() : "jdbc:h2:mem:" + NAME
                    + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        return url;
    }

    public static String username() {
        return isPostgres() ? "postgres" : "sa";
    }

    private static String createPostgres() {
        try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("create database " + NAME);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + PG_SERVER + " is required for the postgres test run: "
                    + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropPostgres));
        return PG_SERVER + NAME;
    }

    private static void dropPostgres() {
        try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + NAME + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop scratch database " + NAME + ": " + e.getMessage());
        }
    }
}
