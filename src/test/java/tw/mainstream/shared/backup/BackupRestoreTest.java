package tw.mainstream.shared.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tw.mainstream.Application;
import tw.mainstream.shared.files.FileStore;
import tw.mainstream.support.TestDatabase;

/**
 * Backs up a database filled by the application (the demo data plus stored files), restores it
 * into an empty database and folder, and finds every row of every table and every file again: on
 * embedded H2 with the folder file store, and on PostgreSQL with the database file store.
 */
class BackupRestoreTest {

    @TempDir
    Path tmp;

    @Test
    void h2WithFilesInAFolder() throws Exception {
        Path source = Files.createDirectories(tmp.resolve("source"));
        Path target = tmp.resolve("target");
        String sourceUrl = h2(source);
        Map<String, byte[]> files = fill(List.of("--spring.datasource.url=" + sourceUrl, "--spring.datasource.username=sa",
                "--mainstream.data-dir=" + source));
        Path zip = tmp.resolve("backup.zip");
        assertThat(run("backup", zip, "--spring.datasource.url=" + sourceUrl, "--mainstream.data-dir=" + source)).isZero();

        String targetUrl = h2(target);
        assertThat(run("restore", zip, "--spring.datasource.url=" + targetUrl, "--mainstream.data-dir=" + target)).isZero();

        assertThat(tables(targetUrl, "sa")).isEqualTo(tables(sourceUrl, "sa")).containsKey("TRACKING_ITEM");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            assertThat(target.resolve("files").resolve(f.getKey())).hasBinaryContent(f.getValue());
        }
        assertThat(target.resolve("search-index")).doesNotExist();
        assertThat(run("restore", zip, "--spring.datasource.url=" + targetUrl, "--mainstream.data-dir=" + target))
                .as("refuses a database that is not empty").isEqualTo(1);
    }

    @Test
    void postgresWithFilesInTheDatabase() throws Exception {
        String sourceDb = "wt_cluster15_bk_" + UUID.randomUUID().toString().substring(0, 8);
        String targetDb = "wt_cluster15_rs_" + UUID.randomUUID().toString().substring(0, 8);
        admin("create database " + sourceDb);
        admin("create database " + targetDb);
        try {
            String sourceUrl = TestDatabase.PG_SERVER + sourceDb;
            String targetUrl = TestDatabase.PG_SERVER + targetDb;
            Map<String, byte[]> files = fill(List.of("--spring.datasource.url=" + sourceUrl, "--spring.datasource.username=postgres",
                    "--mainstream.files.store=database", "--mainstream.data-dir=" + tmp.resolve("pg-source")));
            Path zip = tmp.resolve("pg.zip");
            assertThat(run("backup", zip, "--spring.datasource.url=" + sourceUrl, "--spring.datasource.username=postgres",
                    "--mainstream.files.store=database", "--mainstream.data-dir=" + tmp.resolve("pg-source"))).isZero();
            assertThat(run("restore", zip, "--spring.datasource.url=" + targetUrl, "--spring.datasource.username=postgres",
                    "--mainstream.files.store=database", "--mainstream.data-dir=" + tmp.resolve("pg-target"))).isZero();
            Map<String, List<String>> restored = tables(targetUrl, "postgres");
            assertThat(restored).isEqualTo(tables(sourceUrl, "postgres")).containsKey("tracking_item");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                assertThat(restored.get("stored_file"))
                        .anyMatch(row -> row.startsWith(f.getKey() + "|" + HexFormat.of().formatHex(f.getValue()) + "|"));
            }
        } finally {
            admin("drop database if exists " + sourceDb + " with (force)");
            admin("drop database if exists " + targetDb + " with (force)");
        }
    }

    static String h2(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("db/mainstream") + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** Starts the application once (schema and demo data) and stores two files; returns them by key. */
    static Map<String, byte[]> fill(List<String> settings) {
        List<String> args = new ArrayList<>(settings);
        args.addAll(List.of("--server.port=0", "--mainstream.demo.enabled=true", "--mainstream.search.rebuild-at-start=false",
                "--mainstream.tracking.reminders.enabled=false"));
        Map<String, byte[]> files = new TreeMap<>();
        files.put("tracking/" + UUID.randomUUID() + ".pdf", "%PDF-1.4 進度報告附件".getBytes(StandardCharsets.UTF_8));
        files.put("meetings/1/" + UUID.randomUUID() + ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new))) {
            FileStore store = app.getBean(FileStore.class);
            files.forEach(store::put);
        }
        return files;
    }

    static int run(String command, Path zip, String... settings) {
        String[] args = new String[settings.length + 2];
        args[0] = command;
        args[1] = zip.toString();
        System.arraycopy(settings, 0, args, 2, settings.length);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BackupCommand.run(args, System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        System.err.print(err.toString(StandardCharsets.UTF_8));
        return code;
    }

    /** Every row of every table of the application's schema, as text, sorted per table. */
    static Map<String, List<String>> tables(String url, String user) throws Exception {
        Map<String, List<String>> all = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema.equalsIgnoreCase("public")) {
                        names.add(rs.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : names) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from \"" + table + "\"")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                all.put(table, rows);
            }
        }
        return all;
    }

    static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.PG_SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
