package tw.mainstream.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import tw.mainstream.support.TestDatabase;

/**
 * V307 moves a submitted report's proposal out of the event text ("PROPOSE_CLOSE|text") into its own
 * column. Runs the migrations before V307 on a database of its own, writes events the old way, runs the
 * rest and reads them back; on H2 or, with {@code -Dmainstream.test.db=postgres}, on PostgreSQL.
 */
class TrackingEventProposalMigrationTest {

    private static final String NAME = "mainstream_mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void splitsTheProposalPrefixIntoItsOwnColumn() throws SQLException {
        String url = createDatabase();
        try {
            flyway(url).target(lastBefore307(url)).load().migrate();
            try (Connection c = connect(url); Statement s = c.createStatement()) {
                s.execute(TestDatabase.isPostgres() ? "set session_replication_role = replica"
                        : "set referential_integrity false");
                insert(s, 1, "REPORT_SUBMITTED", "PROPOSE_CLOSE|已完成平臺說明");
                insert(s, 2, "REPORT_SUBMITTED", "PROPOSE_CONTINUE|持續辦理中");
                insert(s, 3, "REMARK", "PROPOSE_CLOSE|委員備註照錄");
                insert(s, 4, "REPORT_RETURNED", null);
            }
            flyway(url).load().migrate();
            try (Connection c = connect(url); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select proposal, text from tracking_event order by id")) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + " / " + rs.getString(2));
                }
                assertThat(rows).containsExactly("PROPOSE_CLOSE / 已完成平臺說明", "PROPOSE_CONTINUE / 持續辦理中",
                        "null / PROPOSE_CLOSE|委員備註照錄", "null / null");
            }
        } finally {
            dropDatabase();
        }
    }

    private static void insert(Statement s, long id, String kind, String text) throws SQLException {
        s.execute("insert into tracking_event (id, item_id, occurred_on, occurred_at, kind, actor, unit_id, text)"
                + " values (" + id + ", 999, date '2022-07-01', timestamp with time zone '2022-07-01 10:00:00+08:00', '"
                + kind + "', 'liaison', null, " + (text == null ? "null" : "'" + text + "'") + ")");
    }

    private static MigrationVersion lastBefore307(String url) {
        MigrationVersion v307 = MigrationVersion.fromVersion("307");
        return Arrays.stream(flyway(url).load().info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v != null && v.compareTo(v307) < 0).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        return Flyway.configure().dataSource(url, TestDatabase.username(), "").locations("classpath:db/migration")
                .outOfOrder(true);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, TestDatabase.username(), "");
    }

    private static String createDatabase() throws SQLException {
        if (!TestDatabase.isPostgres()) {
            return "jdbc:h2:mem:" + NAME + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        try (Connection c = connect(TestDatabase.PG_SERVER + "postgres"); Statement s = c.createStatement()) {
            s.execute("create database " + NAME);
        }
        return TestDatabase.PG_SERVER + NAME;
    }

    private static void dropDatabase() throws SQLException {
        if (TestDatabase.isPostgres()) {
            try (Connection c = connect(TestDatabase.PG_SERVER + "postgres"); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + NAME + " with (force)");
            }
        } else {
            try (Connection c = connect("jdbc:h2:mem:" + NAME); Statement s = c.createStatement()) {
                s.execute("shutdown");
            }
        }
    }
}
