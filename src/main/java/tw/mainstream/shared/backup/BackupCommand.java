package tw.mainstream.shared.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code backup FILE} writes one zip: the database (a consistent copy, see {@link DatabaseDump})
 * and, with the folder file store, every stored file (taken after the database: files are written
 * once under new names, so every file the copy refers to is there). {@code restore FILE} loads it
 * into an empty database and an empty files folder and removes the search index, which the
 * application rebuilds on start. PostgreSQL backups restore into PostgreSQL, H2 into H2.
 */
public final class BackupCommand {

    public static final String BACKUP = "backup";
    public static final String RESTORE = "restore";
    private static final String MANIFEST = "manifest.properties";
    private static final String FILES = "files/";

    private BackupCommand() {
    }

    /** Runs {@code backup FILE [--setting=value…]} or {@code restore FILE […]}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].startsWith("--")) {
            err.println("usage: java -jar mainstream.jar " + args[0] + " FILE [--spring.datasource.url=… --mainstream.data-dir=…]");
            return 2;
        }
        Path file = Path.of(args[1]);
        BackupSettings settings = BackupSettings.from(Arrays.copyOfRange(args, 2, args.length));
        try {
            if (args[0].equals(BACKUP)) {
                backup(settings, file);
                out.println("Backup written to " + file.toAbsolutePath());
            } else {
                restore(settings, file);
                out.println("Restored from " + file.toAbsolutePath() + "; the search index is rebuilt when the application starts");
            }
            return 0;
        } catch (IOException | SQLException | IllegalStateException e) {
            err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    static void backup(BackupSettings s, Path file) throws IOException, SQLException {
        Path dump = Files.createTempFile("mainstream-backup", ".db");
        try {
            Files.delete(dump);
            try {
                DatabaseDump.dump(s, dump);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database (" + e.getMessage().lines().findFirst().orElse("")
                        + "); an embedded H2 database is backed up with the server stopped", e);
            }
            Path tmp = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                Properties manifest = new Properties();
                manifest.setProperty("format", "1");
                manifest.setProperty("database", s.postgres() ? "postgresql" : "h2");
                manifest.setProperty("files", s.filesStore().name().toLowerCase(Locale.ROOT));
                manifest.setProperty("created", Instant.now().toString());
                zip.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(zip, "Mainstream backup");
                zip.putNextEntry(new ZipEntry(DatabaseDump.entryName(s)));
                Files.copy(dump, zip);
                if (s.filesInFolder() && Files.isDirectory(s.filesDir())) {
                    for (Path f : files(s.filesDir())) {
                        zip.putNextEntry(new ZipEntry(FILES + s.filesDir().relativize(f).toString().replace('\\', '/')));
                        Files.copy(f, zip);
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    static void restore(BackupSettings s, Path file) throws IOException, SQLException {
        if (!DatabaseDump.isEmpty(s)) {
            throw new IllegalStateException("the database " + s.url() + " is not empty: restore into a new, empty database");
        }
        if (s.filesInFolder() && Files.isDirectory(s.filesDir()) && !files(s.filesDir()).isEmpty()) {
            throw new IllegalStateException("the files folder " + s.filesDir() + " is not empty");
        }
        Path dump = Files.createTempFile("mainstream-restore", ".db");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            Properties manifest = new Properties();
            boolean database = false;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.equals(MANIFEST)) {
                    manifest.load(zip);
                } else if (name.startsWith("database/")) {
                    if (!name.equals(DatabaseDump.entryName(s))) {
                        throw new IllegalStateException("this backup holds a " + manifest.getProperty("database")
                                + " database; restore it into the same kind of database");
                    }
                    copy(zip, dump);
                    database = true;
                } else if (name.startsWith(FILES) && !e.isDirectory()) {
                    Path target = s.filesDir().resolve(name.substring(FILES.length())).normalize();
                    if (!target.startsWith(s.filesDir().normalize())) {
                        throw new IllegalStateException("unsafe file name in the backup: " + name);
                    }
                    Files.createDirectories(target.getParent());
                    copy(zip, target);
                }
            }
            if (!database) {
                throw new IllegalStateException(file + " is not a Mainstream backup (no database in it)");
            }
            DatabaseDump.restore(s, dump);
            deleteTree(s.indexDir());
        } finally {
            Files.deleteIfExists(dump);
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        try (OutputStream o = Files.newOutputStream(target)) {
            in.transferTo(o);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
