package tw.mainstream.search.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import tw.mainstream.search.SearchDocument;

/** The scratch PostgreSQL database holding the same corpus, for the ILIKE scan comparison. */
final class BenchDatabase {

    static final String NAME = "mainstream_searchcore_bench";
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private BenchDatabase() {
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(SERVER + database, "postgres", "");
    }

    /** Rows in the table, or -1 when the database or table does not exist. */
    static long rowCount() {
        try (Connection c = connect(NAME); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from bench_search_doc")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    static void drop() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + NAME + " with (force)");
        }
    }

    static void recreateAndLoad(Iterator<SearchDocument> documents) throws SQLException, IOException {
        drop();
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("create database " + NAME + " encoding 'UTF8' template template0");
        }
        try (Connection c = connect(NAME)) {
            try (Statement s = c.createStatement()) {
                s.execute("create table bench_search_doc (id varchar(64) not null, kind varchar(32) not null, "
                        + "agency_id bigint not null, task_force_id bigint, unit_id bigint, roc_year int, "
                        + "doc_date date not null, tracking_status varchar(16), published boolean not null, "
                        + "title text not null, body text not null, public_title text, public_body text, url text)");
            }
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy bench_search_doc from stdin with (format csv)");
            StringBuilder batch = new StringBuilder(1 << 20);
            while (documents.hasNext()) {
                appendCsv(batch, documents.next());
                if (batch.length() > 1 << 19) {
                    write(copy, batch);
                }
            }
            write(copy, batch);
            copy.endCopy();
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze bench_search_doc");
            }
        }
    }

    private static void write(CopyIn copy, StringBuilder batch) throws SQLException {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        batch.setLength(0);
    }

    private static void appendCsv(StringBuilder out, SearchDocument d) {
        Object[] values = {d.id(), d.kind().name(), d.agencyId(), d.taskForceId(), d.unitId(), d.rocYear(), d.date(),
            d.trackingStatus() == null ? null : d.trackingStatus().name(), d.published(), d.title(), d.body(),
            d.publicTitle(), d.publicBody(), d.url()};
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            if (values[i] != null) {
                out.append('"').append(values[i].toString().replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }

    /** Runs the query once; returns the total number of matching rows. */
    static long run(Connection c, BenchQuery query) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query.sql())) {
            List<String> params = query.sqlParameters();
            for (int i = 0; i < params.size(); i++) {
                ps.setString(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong("total") : 0;
            }
        }
    }
}
