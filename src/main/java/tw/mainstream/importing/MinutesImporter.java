package tw.mainstream.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import tw.mainstream.importing.extract.CjkNormalizer;
import tw.mainstream.importing.extract.DocumentTextExtractor;
import tw.mainstream.importing.extract.ExtractionException;
import tw.mainstream.importing.parse.MinutesParser;

/**
 * Imports legacy minutes (TXT in UTF-8 or Big5, DOCX, ODT, PDF with a text layer) into
 * {@link ImportedMinutes}. Never throws: a file that cannot be read or holds no minutes gives an
 * {@link ImportResult} with an error message in Traditional Chinese.
 */
public final class MinutesImporter {

    private MinutesImporter() {
    }

    public static ImportResult importFile(Path file) {
        String name = String.valueOf(file == null ? null : file.getFileName());
        try {
            if (file == null || Files.isDirectory(file)) {
                return ImportResult.failure(name, "不是檔案");
            }
            if (Files.size(file) > DocumentTextExtractor.MAX_BYTES) {
                return ImportResult.failure(name, "檔案太大（上限 50 MB）");
            }
            return importBytes(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return ImportResult.failure(name, "找不到檔案");
        } catch (IOException | SecurityException e) {
            return ImportResult.failure(name, "無法讀取檔案（" + e.getClass().getSimpleName() + "）");
        }
    }

    public static ImportResult importBytes(String filename, byte[] bytes) {
        String text;
        try {
            text = DocumentTextExtractor.extract(filename, bytes);
        } catch (ExtractionException e) {
            return ImportResult.failure(filename, e.getMessage());
        }
        return importText(filename, text);
    }

    /** Parses text already extracted, e.g. pasted by a user. */
    /** A title or a date of a meeting, or agenda items with a resolution or an item label (案由一、提案二). */
    private static boolean looksLikeMinutes(ImportedMinutes m) {
        return m.title() != null || m.date() != null || m.items().stream().anyMatch(
                i -> !i.resolutions().isEmpty() || (i.label() != null && ITEM_LABEL.matcher(i.label()).find()));
    }

    private static final java.util.regex.Pattern ITEM_LABEL = java.util.regex.Pattern.compile("^(案由|提案|議案|第)");

    public static ImportResult importText(String filename, String text) {
        if (text == null || text.isBlank()) {
            return ImportResult.failure(filename, "檔案中沒有文字內容");
        }
        try {
            text = CjkNormalizer.normalize(text);
            ImportedMinutes minutes = MinutesParser.parse(text);
            if (!looksLikeMinutes(minutes)) {
                return ImportResult.failure(filename, "檔案中找不到會議紀錄的標題、日期或議案，請確認是否為會議紀錄");
            }
            return ImportResult.ok(filename, minutes, text);
        } catch (RuntimeException | StackOverflowError e) {
            return ImportResult.failure(filename, "解析會議紀錄時發生錯誤（" + e.getClass().getSimpleName() + "），請改以手動輸入");
        }
    }
}
