package tw.mainstream.importing;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line: {@code import-minutes --json FILE...} prints one JSON object per file, one per line. Runs
 * without a server or database. Exit code 0 if at least one file was imported, 1 if every file failed,
 * 2 on wrong usage.
 */
public final class ImportMinutesCommand {
    public static final String NAME = "import-minutes";
    static final String USAGE = "用法 usage: java -jar mainstream.jar import-minutes --json FILE...";

    private ImportMinutesCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (i == 0 && NAME.equals(arg)) {
                continue;
            }
            if ("--json".equals(arg)) {
                json = true;
            } else if (arg.startsWith("--")) {
                err.println("未知的選項 unknown option: " + arg);
                err.println(USAGE);
                return 2;
            } else {
                files.add(arg);
            }
        }
        if (!json || files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        int imported = 0;
        for (String file : files) {
            ImportResult result;
            try {
                result = MinutesImporter.importFile(Path.of(file));
            } catch (InvalidPathException e) {
                result = ImportResult.failure(file, "檔名無效");
            }
            ImportResult named = result.isOk()
                    ? ImportResult.ok(file, result.minutes(), result.sourceText())
                    : ImportResult.failure(file, result.error());
            out.println(MinutesJson.toJson(named));
            if (result.isOk()) {
                imported++;
            }
        }
        out.flush();
        return imported > 0 ? 0 : 1;
    }
}
