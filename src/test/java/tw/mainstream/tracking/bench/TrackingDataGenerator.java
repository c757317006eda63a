package tw.mainstream.tracking.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Random;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tw.mainstream.search.bench.BenchTexts;
import tw.mainstream.search.bench.PhrasePools;

/**
 * Loads a realistic deployment into PostgreSQL or H2 through the real schema (Flyway first):
 * 300 agencies (30 ministries with 9 agencies each), 10 units each, one task force each with 10 years
 * of 4 meetings a year up to today plus the next one planned (12,300 meetings with their minutes, about
 * 180,000 agenda items and 190,000 resolutions, see {@link BenchMeetings}), 100,000 tracked items opened
 * by those meetings' resolutions, about 510,000 progress reports, 490,000 decisions at the later meetings
 * and timeline events. Agency "大型機關 001" carries 3,000 items; its secretariat signs in
 * as {@code bench-secretariat} / {@code bench}. Dates follow the day of the run: the last held meeting
 * is the latest quarter's.
 *
 * <pre>java -cp … tw.mainstream.tracking.bench.TrackingDataGenerator jdbc:postgresql://127.0.0.1:5432/bench postgres ""
 *java -cp … tw.mainstream.tracking.bench.TrackingDataGenerator "jdbc:h2:file:/tmp/bench/db;MODE=PostgreSQL" sa ""</pre>
 */
public final class TrackingDataGenerator {

    static final int MINISTRIES = 30;
    static final int PER_MINISTRY = 9;
    static final int UNITS = 10;
    static final int ITEMS = 100_000;
    static final int LARGE_AGENCY_ITEMS = 3_000;
    static final int OPEN_PERCENT = 19;
    static final int OPEN_MAX_ROUNDS = 12;
    static final int CLOSED_MAX_ROUNDS = 8;

    private TrackingDataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/mainstream_bench_tracking";
        String user = args.length > 1 ? args[1] : "postgres";
        String password = args.length > 2 ? args[2] : "";
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        long t0 = System.currentTimeMillis();
        try (Connection c = DriverManager.getConnection(url + (url.startsWith("jdbc:postgresql") ? "?reWriteBatchedInserts=true" : ""),
                user, password)) {
            c.setAutoCommit(false);
            new Loader(c).load();
            c.commit();
        }
        System.out.printf("Generated in %d s%n", (System.currentTimeMillis() - t0) / 1000);
    }

    static final class Loader {
        private final Connection c;
        private final boolean postgres;
        private final Random random = new Random(42);
        /** Texts from their own random source, so that the structure does not depend on them. */
        private final BenchTexts texts = new BenchTexts(new SplittableRandom(43));
        private long agencyBase;
        private long unitBase;
        private long taskForceBase;
        private final LocalDate today = LocalDate.now();
        private BenchMeetings meetings;

        Loader(Connection c) throws Exception {
            this.c = c;
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }

        void load() throws Exception {
            agencyBase = max("committee_agency") + 1;
            unitBase = max("committee_unit") + 1;
            taskForceBase = max("committee_task_force") + 1;
            int agencies = MINISTRIES * (PER_MINISTRY + 1);
            agencies(agencies);
            units(agencies);
            try (BenchMeetings m = new BenchMeetings(c, today, max("meeting_meeting") + 1, max("meeting_minutes") + 1,
                    max("meeting_agenda_item") + 1, max("meeting_resolution") + 1)) {
                meetings = m;
                taskForces(agencies);
                account();
                meetings.meetings(agencies, taskForceBase, agencyBase, UNITS);
                c.commit();
                items(agencies);
                System.out.println(meetings.counts());
            }
            for (String t : new String[] {"committee_agency", "committee_unit", "committee_task_force", "tracking_item",
                    "tracking_report", "tracking_decision", "tracking_event", "account_user", "meeting_meeting",
                    "meeting_minutes", "meeting_agenda_item", "meeting_resolution"}) {
                restart(t);
            }
            try (Statement s = c.createStatement()) {
                if (postgres) {
                    s.execute("analyze");
                }
            }
        }

        private void agencies(int n) throws Exception {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into committee_agency (id, version, name, short_name, parent_id) values (?, 0, ?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    boolean ministry = i % (PER_MINISTRY + 1) == 0;
                    long id = agencyBase + i;
                    String name = agencyName(i);
                    ps.setLong(1, id);
                    ps.setString(2, name);
                    ps.setString(3, name);
                    if (ministry) {
                        ps.setNull(4, java.sql.Types.BIGINT);
                    } else {
                        ps.setLong(4, agencyBase + i - i % (PER_MINISTRY + 1));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }

        /** 「部會 000」, 「大型機關 001」, 「機關 002」 …: a ministry and its 9 agencies in turn. */
        private static String agencyName(int i) {
            boolean ministry = i % (PER_MINISTRY + 1) == 0;
            return i == 1 ? "大型機關 001" : (ministry ? "部會 " : "機關 ") + String.format("%03d", i);
        }

        private void units(int agencies) throws Exception {
            try (PreparedStatement ps = c.prepareStatement("insert into committee_unit (id, version, agency_id, name,"
                    + " sort_order, active) values (?, 0, ?, ?, ?, true)")) {
                for (int a = 0; a < agencies; a++) {
                    for (int u = 0; u < UNITS; u++) {
                        ps.setLong(1, unitBase + (long) a * UNITS + u);
                        ps.setLong(2, agencyBase + a);
                        ps.setString(3, PhrasePools.UNITS.get(u));
                        ps.setInt(4, u * 10);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        }

        private void taskForces(int agencies) throws Exception {
            try (PreparedStatement ps = c.prepareStatement("insert into committee_task_force (id, version, agency_id, name,"
                    + " min_members, max_members, gender_rule_numerator, gender_rule_denominator, gender_rule_exception,"
                    + " min_external, min_gec_credentialed, gec_credential_years, term_years, vacancy_min_months,"
                    + " meeting_interval_months, quorum_rule, chair_breaks_ties, internal_proxies_allowed)"
                    + " values (?, 0, ?, ?, 7, 21, 1, 3, false, 1, 0, 2, 2, 3, 3, 'MAJORITY', true, true)");
                 PreparedStatement st = c.prepareStatement("insert into tracking_setting (task_force_id, version,"
                         + " follow_up_columns, next_meeting_date, reminder_days) values (?, 0, ?, ?, 7)")) {
                for (int a = 0; a < agencies; a++) {
                    ps.setLong(1, taskForceBase + a);
                    ps.setLong(2, agencyBase + a);
                    ps.setString(3, agencyName(a) + "性別平等專案小組");
                    ps.addBatch();
                    st.setLong(1, taskForceBase + a);
                    st.setString(2, "MEETING_DATE,CONTENT,PROGRESS,REMARKS,CLOSED");
                    st.setDate(3, Date.valueOf(meetings.date(BenchMeetings.HELD)));
                    st.addBatch();
                }
                ps.executeBatch();
                st.executeBatch();
            }
        }

        private void account() throws Exception {
            try (PreparedStatement ps = c.prepareStatement("insert into account_user (version, username, password_hash,"
                    + " display_name, role, agency_id, enabled, failed_attempts) values (0, 'bench-secretariat', ?,"
                    + " '大型機關幕僚', 'SECRETARIAT', ?, true, 0)")) {
                ps.setString(1, "{bcrypt}" + new BCryptPasswordEncoder().encode("bench"));
                ps.setLong(2, agencyBase + 1);
                ps.executeUpdate();
            }
            // reads the server's metrics (/actuator/metrics) for the load scripts
            try (PreparedStatement ps = c.prepareStatement("insert into account_user (version, username, password_hash,"
                    + " display_name, role, enabled, failed_attempts) values (0, 'bench-admin', ?, '測試管理者', 'ADMIN',"
                    + " true, 0)")) {
                ps.setString(1, "{bcrypt}" + new BCryptPasswordEncoder().encode("bench"));
                ps.executeUpdate();
            }
        }

        private void items(int agencies) throws Exception {
            long itemBase = max("tracking_item") + 1;
            long reportBase = max("tracking_report") + 1;
            long decisionBase = max("tracking_decision") + 1;
            String itemSql = "insert into tracking_item (id, version, agency_id, task_force_id, content, lead_unit_id,"
                    + " due_kind, due_date, origin_meeting_id, origin_agenda_item_id, origin_resolution_id, origin_label,"
                    + " origin_date, status, round, closed_on, closed_meeting_label, opened_at)"
                    + " values (?, 0, ?, ?, ?, ?, 'NEXT_MEETING', null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            String reportSql = "insert into tracking_report (id, version, agency_id, item_id, unit_id, round, text, proposal,"
                    + " status, submitted_on, updated_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
            String decisionSql = "insert into tracking_decision (id, version, agency_id, item_id, meeting_id, meeting_date,"
                    + " meeting_label, kind, decided_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?)";
            String eventSql = "insert into tracking_event (item_id, occurred_on, occurred_at, kind, actor, unit_id, text)"
                    + " values (?, ?, ?, 'OPENED', 'generator', ?, ?)";
            try (PreparedStatement pi = c.prepareStatement(itemSql); PreparedStatement pr = c.prepareStatement(reportSql);
                 PreparedStatement pd = c.prepareStatement(decisionSql); PreparedStatement pe = c.prepareStatement(eventSql)) {
                long reportId = reportBase;
                long decisionId = decisionBase;
                int held = BenchMeetings.HELD;
                for (int i = 0; i < ITEMS; i++) {
                    int a = i < LARGE_AGENCY_ITEMS ? 1 : 2 + random.nextInt(agencies - 2);
                    long agency = agencyBase + a;
                    int u = random.nextInt(UNITS);
                    long unit = unitBase + (long) a * UNITS + u;
                    // An open item was reported on at every meeting since its origin and waits for the next one;
                    // a closed one was decided at 2 to 8 meetings after its origin, the last 解除列管.
                    boolean open = random.nextInt(100) < OPEN_PERCENT;
                    int rounds = open ? 1 + random.nextInt(OPEN_MAX_ROUNDS) : 2 + random.nextInt(CLOSED_MAX_ROUNDS - 1);
                    int meeting = open ? held - rounds : random.nextInt(held - 2);
                    rounds = open ? rounds : Math.min(rounds, held - 1 - meeting);
                    LocalDate origin = meetings.date(meeting);
                    long itemId = itemBase + i;
                    String topic = texts.topic();
                    String unitName = PhrasePools.UNITS.get(u);
                    String content = texts.item(topic, unitName, origin, texts.member());
                    long[] source = meetings.origin(a, meeting, u, unit, content);
                    pi.setLong(1, itemId);
                    pi.setLong(2, agency);
                    pi.setLong(3, taskForceBase + a);
                    pi.setString(4, content);
                    pi.setLong(5, unit);
                    pi.setLong(6, meetings.meetingId(a, meeting));
                    pi.setLong(7, source[0]);
                    pi.setLong(8, source[1]);
                    pi.setString(9, meetings.label(meeting));
                    pi.setDate(10, Date.valueOf(origin));
                    pi.setString(11, open ? "OPEN" : "CLOSED");
                    pi.setInt(12, rounds);
                    pi.setDate(13, open ? null : Date.valueOf(meetings.date(meeting + rounds)));
                    pi.setString(14, open ? null : meetings.label(meeting + rounds));
                    pi.setTimestamp(15, Timestamp.valueOf(origin.atStartOfDay()));
                    pi.addBatch();
                    pe.setLong(1, itemId);
                    pe.setDate(2, Date.valueOf(origin));
                    pe.setTimestamp(3, Timestamp.valueOf(origin.atStartOfDay()));
                    pe.setLong(4, unit);
                    pe.setString(5, "會議決議");
                    pe.addBatch();
                    if (!open) {
                        meetings.closing(a, meeting + rounds, u, unit, content, source[1]);
                    }
                    for (int r = 1; r <= rounds; r++) {
                        boolean current = r == rounds;
                        LocalDate meetingDate = meetings.date(meeting + r);
                        LocalDate on = meetingDate.minusMonths(1).isAfter(today) ? today : meetingDate.minusMonths(1);
                        boolean draft = open && current && random.nextBoolean();
                        pr.setLong(1, reportId++);
                        pr.setLong(2, agency);
                        pr.setLong(3, itemId);
                        pr.setLong(4, unit);
                        pr.setInt(5, r);
                        pr.setString(6, texts.report(topic, unitName, on, texts.member()));
                        pr.setString(7, current && !open ? "PROPOSE_CLOSE" : "PROPOSE_CONTINUE");
                        pr.setString(8, draft ? "DRAFT" : "ACCEPTED");
                        pr.setDate(9, draft ? null : Date.valueOf(on));
                        pr.setTimestamp(10, Timestamp.valueOf(on.atStartOfDay()));
                        pr.addBatch();
                        if (r < rounds || !open) {
                            pd.setLong(1, decisionId++);
                            pd.setLong(2, agency);
                            pd.setLong(3, itemId);
                            pd.setLong(4, meetings.meetingId(a, meeting + r));
                            pd.setDate(5, Date.valueOf(meetingDate));
                            pd.setString(6, meetings.label(meeting + r));
                            pd.setString(7, r == rounds ? "CLOSE" : "CONTINUE");
                            pd.setTimestamp(8, Timestamp.valueOf(meetingDate.atStartOfDay()));
                            pd.addBatch();
                        }
                    }
                    if (i % 2000 == 1999) {
                        flush(pi, pe, pr, pd);
                        c.commit();
                    }
                }
                flush(pi, pe, pr, pd);
                System.out.printf("items %d, reports %d, decisions %d%n", ITEMS, reportId - reportBase,
                        decisionId - decisionBase);
            }
        }

        private void flush(PreparedStatement... statements) throws Exception {
            meetings.flush();
            for (PreparedStatement ps : statements) {
                ps.executeBatch();
            }
        }

        private long max(String table) throws Exception {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private void restart(String table) throws Exception {
            long next = max(table) + 1;
            try (Statement s = c.createStatement()) {
                if (postgres) {
                    s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), " + next + ", false)");
                } else {
                    s.execute("alter table " + table + " alter column id restart with " + next);
                }
            }
        }
    }
}
