package tw.mainstream.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The index root holds numbered generation folders ({@code gen-1}, {@code gen-2} …) and a file
 * {@code CURRENT} naming the live one. A rebuild writes the next generation, then switches
 * {@code CURRENT} with an atomic rename, so a crash leaves either the old or the new index.
 */
final class IndexGenerations {

    private static final String PREFIX = "gen-";
    private final Path root;

    IndexGenerations(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create search index folder " + root, e);
        }
    }

    /** The live generation; creates and marks the first one if there is none. */
    Path currentOrCreate() throws IOException {
        Path pointer = root.resolve("CURRENT");
        if (Files.exists(pointer)) {
            Path current = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).trim());
            if (Files.isDirectory(current)) {
                return current;
            }
        }
        Path first = next();
        markCurrent(first);
        return first;
    }

    /** Creates the folder of a new generation, numbered after every existing one. */
    Path next() throws IOException {
        int max = generations().stream().mapToInt(IndexGenerations::number).max().orElse(0);
        return Files.createDirectories(root.resolve(PREFIX + (max + 1)));
    }

    void markCurrent(Path generation) throws IOException {
        Path tmp = root.resolve("CURRENT.tmp");
        Files.writeString(tmp, generation.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes every generation folder except {@code keep} (left-overs of swaps and crashes). */
    void deleteAllExcept(Path keep) throws IOException {
        for (Path generation : generations()) {
            if (!generation.equals(keep)) {
                deleteTree(generation);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private List<Path> generations() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().matches(PREFIX + "\\d+"))
                    .toList();
        }
    }

    private static int number(Path generation) {
        return Integer.parseInt(generation.getFileName().toString().substring(PREFIX.length()));
    }
}
