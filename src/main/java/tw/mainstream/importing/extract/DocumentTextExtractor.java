package tw.mainstream.importing.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the text of a minutes file: plain text (UTF-8 or Big5), DOCX, ODT or PDF with a text layer. The
 * format is recognised from the content, the file name only breaks ties.
 */
public final class DocumentTextExtractor {
    /** Largest file accepted; minutes are a few pages. */
    public static final int MAX_BYTES = 50 * 1024 * 1024;

    private DocumentTextExtractor() {
    }

    public static String extract(String filename, byte[] bytes) throws ExtractionException {
        return CjkNormalizer.normalize(extractRaw(filename, bytes));
    }

    private static String extractRaw(String filename, byte[] bytes) throws ExtractionException {
        if (bytes == null || bytes.length == 0) {
            throw new ExtractionException("檔案是空的");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ExtractionException("檔案太大（上限 50 MB）");
        }
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            if (startsWith(bytes, "%PDF")) {
                return PdfTextExtractor.extract(bytes);
            }
            if (startsWith(bytes, "PK\u0003\u0004")) {
                return switch (zipKind(bytes)) {
                    case DOCX -> DocxTextExtractor.extract(bytes);
                    case ODT -> OdtTextExtractor.extract(bytes);
                    case OTHER -> throw new ExtractionException("不支援的壓縮檔格式，請上傳 DOCX、ODT、PDF 或 TXT 檔");
                };
            }
            if ((bytes[0] & 0xFF) == 0xD0 && (bytes[1 % bytes.length] & 0xFF) == 0xCF) {
                throw new ExtractionException("不支援舊版 Word（.doc）格式，請另存為 .docx 或 .odt 再匯入");
            }
            if (name.endsWith(".pdf") || name.endsWith(".docx") || name.endsWith(".odt")) {
                throw new ExtractionException("檔案內容與副檔名不符或已損毀，無法讀取");
            }
            return PlainTextDecoder.decode(bytes);
        } catch (ExtractionException e) {
            throw e;
        } catch (Exception | LinkageError | StackOverflowError e) {
            throw new ExtractionException("檔案已損毀或格式錯誤，無法讀取（" + e.getClass().getSimpleName() + "）", e);
        }
    }

    private enum ZipKind { DOCX, ODT, OTHER }

    private static ZipKind zipKind(byte[] bytes) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 10_000) {
                String entryName = entry.getName();
                if ("word/document.xml".equals(entryName)) {
                    return ZipKind.DOCX;
                }
                if ("mimetype".equals(entryName)) {
                    String type = new String(zip.readNBytes(100), StandardCharsets.US_ASCII);
                    if (type.startsWith("application/vnd.oasis.opendocument.text")) {
                        return ZipKind.ODT;
                    }
                }
                if ("content.xml".equals(entryName)) {
                    return ZipKind.ODT;
                }
            }
        }
        return ZipKind.OTHER;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
