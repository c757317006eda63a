package tw.mainstream.statistics.microdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registered microdata datasets, one JSON file per dataset ({@code <id>.json}) in a folder.
 * {@link #register} validates the descriptor against the files themselves (via DuckDB) first.
 */
@Component
public class MicrodataRegistry {

    private static final Logger log = LoggerFactory.getLogger(MicrodataRegistry.class);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private final Path folder;
    private final MicrodataEngine engine;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final Map<String, MicrodataDataset> datasets = new ConcurrentHashMap<>();

    public MicrodataRegistry(@Value("${mainstream.microdata.registry-dir:${mainstream.data-dir:./data}/microdata}") Path folder,
                             MicrodataEngine engine) {
        this.folder = folder.toAbsolutePath().normalize();
        this.engine = engine;
        load();
    }

    /**
     * Validates and stores a dataset. Returns the stored descriptor: absolute paths and the DuckDB
     * type of each column filled in.
     *
     * @throws MicrodataException with a zh-TW message if the id is taken or invalid, a file is
     *                            missing or unreadable, or a declared column is not in the file
     */
    public synchronized MicrodataDataset register(MicrodataDataset dataset) {
        if (!ID.matcher(dataset.id()).matches()) {
            throw new MicrodataException("microdata.dataset.idInvalid",
                    "資料集代碼「{0}」格式不符：只能使用英文小寫字母、數字、連字號與底線，最多 64 字。", dataset.id());
        }
        if (datasets.containsKey(dataset.id())) {
            throw new MicrodataException("microdata.dataset.idTaken", "資料集代碼「{0}」已經使用，請先移除舊的資料集。", dataset.id());
        }
        if (dataset.titleZh().isEmpty()) {
            throw new MicrodataException("microdata.dataset.titleMissing", "請填寫資料集名稱。");
        }
        MicrodataDataset checked = DatasetValidator.validate(dataset, engine);
        write(checked);
        datasets.put(checked.id(), checked);
        return checked;
    }

    /** All datasets, by id. */
    public List<MicrodataDataset> list() {
        return datasets.values().stream().sorted(Comparator.comparing(MicrodataDataset::id)).toList();
    }

    public Optional<MicrodataDataset> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(datasets.get(id));
    }

    /** Forgets a dataset (its data files are left alone). Returns false if there was none. */
    public synchronized boolean remove(String id) {
        if (id == null || datasets.remove(id) == null) {
            return false;
        }
        try {
            Files.deleteIfExists(folder.resolve(id + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the descriptor of " + id, e);
        }
        return true;
    }

    private void write(MicrodataDataset dataset) {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, dataset.id(), ".tmp");
            json.writeValue(tmp.toFile(), dataset);
            Files.move(tmp, folder.resolve(dataset.id() + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | JacksonException e) {
            throw new MicrodataException("microdata.dataset.saveFailed", "無法儲存資料集「{0}」的設定。", e, dataset.id());
        }
    }

    private void load() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json")).forEach(this::loadOne);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private void loadOne(Path file) {
        try {
            MicrodataDataset dataset = json.readValue(file.toFile(), MicrodataDataset.class);
            if (ID.matcher(dataset.id()).matches() && file.getFileName().toString().equals(dataset.id() + ".json")) {
                datasets.put(dataset.id(), dataset);
            } else {
                log.warn("Ignoring microdata descriptor {}: its id does not match the file name", file);
            }
        } catch (JacksonException e) {
            log.warn("Ignoring unreadable microdata descriptor {}: {}", file, e.getOriginalMessage());
        }
    }
}
