package tw.mainstream.shared.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Files in a folder, one file per key (written to a temporary name, then moved in place). */
public class FolderFileStore implements FileStore {

    private final Path root;

    public FolderFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    private Path path(String key) {
        return root.resolve(FileStore.checked(key));
    }

    @Override
    public void put(String key, byte[] content) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException("cannot store " + key, e);
        }
    }

    @Override
    public Optional<byte[]> read(String key) {
        try {
            return Optional.of(Files.readAllBytes(path(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageException("cannot read " + key, e);
        }
    }

    @Override
    public boolean delete(String key) {
        try {
            return Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new StorageException("cannot delete " + key, e);
        }
    }

    @Override
    public List<String> list(String prefix) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(k -> k.startsWith(prefix) && FileStore.KEY.matcher(k).matches() && !k.endsWith(".tmp"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new StorageException("cannot list " + root, e);
        }
    }
}
