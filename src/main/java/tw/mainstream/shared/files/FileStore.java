package tw.mainstream.shared.files;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where uploaded files (meeting and tracking attachments, microdata descriptors) are kept, by key
 * ({@code meetings/12/…pdf}). {@code mainstream.files.store=folder} (default) keeps them in
 * {@code mainstream.files.dir} ({@code <data-dir>/files}; a folder every node mounts in a
 * cluster); {@code database} keeps them in table {@code stored_file}, written in the caller's
 * transaction.
 */
public interface FileStore {

    /** Key segments: letters, digits, dot, dash, underscore; no empty, "." or ".." segment. */
    Pattern KEY = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

    /** Stores (or replaces) the file. */
    void put(String key, byte[] content);

    /** The file's bytes, or empty if there is none. */
    Optional<byte[]> read(String key);

    /** Removes the file; false if there was none. */
    boolean delete(String key);

    /** Every key that starts with {@code prefix}, sorted. */
    List<String> list(String prefix);

    static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("invalid file key: " + key);
        }
        return key;
    }

    /** Thrown for storage failures (disk full, database down). */
    class StorageException extends RuntimeException {
        public StorageException(String message, IOException cause) {
            super(message, cause);
        }
    }
}
