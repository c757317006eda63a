package tw.mainstream.tracking.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.files.FileStore;

/**
 * Files of progress reports in the file store (keys {@code tracking/…}). Only office documents,
 * PDF and images up to 10 MB are accepted, and the content must match the extension.
 */
@Component
public class AttachmentStore {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final Map<String, byte[]> SIGNATURES = Map.of("pdf", PDF, "odt", ZIP, "ods", ZIP, "odp", ZIP,
            "docx", ZIP, "xlsx", ZIP, "pptx", ZIP, "png", PNG, "jpg", JPEG, "jpeg", JPEG);
    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf",
            "odt", "application/vnd.oasis.opendocument.text", "ods", "application/vnd.oasis.opendocument.spreadsheet",
            "odp", "application/vnd.oasis.opendocument.presentation",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg");

    private static final String PREFIX = "tracking/";

    private final FileStore files;

    AttachmentStore(FileStore files) {
        this.files = files;
    }

    /** Checks and stores a file; returns its storage key and content type. */
    public Stored store(String filename, byte[] bytes) {
        String ext = extension(filename);
        byte[] signature = SIGNATURES.get(ext);
        if (signature == null) {
            throw DomainException.invalid("tracking.error.fileType", filename);
        }
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw DomainException.invalid("tracking.error.fileSize", filename, MAX_BYTES / 1024 / 1024);
        }
        if (bytes.length < signature.length
                || !Arrays.equals(Arrays.copyOf(bytes, signature.length), signature)) {
            throw DomainException.invalid("tracking.error.fileContent", filename);
        }
        String key = UUID.randomUUID() + "." + ext;
        files.put(PREFIX + key, bytes);
        return new Stored(key, TYPES.get(ext));
    }

    public InputStream open(String key) throws IOException {
        String name = Path.of(key).getFileName().toString();
        return new ByteArrayInputStream(files.read(PREFIX + name).orElseThrow(() -> new NoSuchFileException(name)));
    }

    private static String extension(String filename) {
        int dot = filename == null ? -1 : filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Where a checked file was written. */
    public record Stored(String key, String contentType) {
    }
}
