package tw.mainstream.statistics.microdata;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Checks that the files or globs of a dataset exist and are readable; returns absolute paths. */
final class DatasetFiles {

    private DatasetFiles() {
    }

    static List<String> check(List<String> paths) {
        if (paths.isEmpty()) {
            throw new MicrodataException("microdata.dataset.pathsMissing", "請至少指定一個資料檔路徑。");
        }
        List<String> absolute = new ArrayList<>();
        for (String raw : paths) {
            Path path = parse(raw);
            if (isGlob(raw)) {
                if (matches(path) == 0) {
                    throw new MicrodataException("microdata.dataset.globEmpty", "路徑樣式「{0}」找不到任何資料檔。", raw);
                }
            } else if (!Files.isRegularFile(path)) {
                throw new MicrodataException("microdata.dataset.fileMissing", "找不到資料檔「{0}」，請確認路徑是否正確。", raw);
            } else if (!Files.isReadable(path)) {
                throw new MicrodataException("microdata.dataset.fileNotReadable", "沒有讀取資料檔「{0}」的權限。", raw);
            }
            absolute.add(path.toString());
        }
        return List.copyOf(absolute);
    }

    static boolean isGlob(String path) {
        return path.contains("*") || path.contains("?") || path.contains("[");
    }

    private static Path parse(String raw) {
        if (raw.isBlank() || raw.contains("'") || raw.contains("\0")) {
            throw new MicrodataException("microdata.dataset.pathInvalid", "資料檔路徑「{0}」不正確。", raw);
        }
        try {
            return Path.of(raw).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new MicrodataException("microdata.dataset.pathInvalid", "資料檔路徑「{0}」不正確。", raw);
        }
    }

    /** Number of regular files matching a glob; the walk starts at the last folder without wildcards. */
    private static long matches(Path glob) {
        Path base = glob.getRoot();
        for (Path part : glob) {
            if (isGlob(part.toString())) {
                break;
            }
            base = base.resolve(part);
        }
        if (base == null || !Files.isDirectory(base)) {
            return 0;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile).filter(matcher::matches).count();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
