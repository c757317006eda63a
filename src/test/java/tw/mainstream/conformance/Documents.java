package tw.mainstream.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Generated files by name, written to one folder for a validator that checks a folder's files in one run. */
final class Documents {

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    void put(String name, byte[] content) {
        files.put(name, content);
    }

    Map<String, byte[]> files() {
        return files;
    }

    Path writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (var file : files.entrySet()) {
                Files.write(folder.resolve(file.getKey()), file.getValue());
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
