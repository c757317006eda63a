package tw.mainstream.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example minutes: the shared folder when present, else the copies under src/test/resources. */
public final class ExampleMinutes {
    static final Path SHARED = Path.of("..", "shared", "examples", "minutes");
    static final Path COPIES = Path.of("src", "test", "resources", "minutes");

    private ExampleMinutes() {
    }

    public static Path path(String name) {
        Path shared = SHARED.resolve(name);
        return Files.isRegularFile(shared) ? shared : COPIES.resolve(name);
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportedMinutes minutes(String name) {
        ImportResult result = MinutesImporter.importFile(path(name));
        if (!result.isOk()) {
            throw new AssertionError(name + ": " + result.error());
        }
        return result.minutes();
    }
}
