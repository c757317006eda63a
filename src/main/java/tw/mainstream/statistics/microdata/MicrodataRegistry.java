package tw.mainstream.statistics.microdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tw.mainstream.shared.files.DataDirProperties;
import tw.mainstream.shared.files.FileStore;
import tw.mainstream.shared.files.FolderFileStore;

/**
 * The registered microdata datasets, one JSON descriptor per dataset ({@code microdata/<id>.json})
 * in the file store, read afresh on every lookup so that every node sees the same datasets. The
 * data files themselves are read in place by DuckDB: in a cluster they must be on a path every
 * node mounts. {@link #register} validates the descriptor against the files (via DuckDB) first.
 */
@Component
public class MicrodataRegistry {

    private static final Logger log = LoggerFactory.getLogger(MicrodataRegistry.class);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private static final String PREFIX = "microdata/";

    private final FileStore store;
    private final String prefix;
    private final MicrodataEngine engine;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** Descriptors directly in {@code folder} (tools and tests). */
    public MicrodataRegistry(Path folder, MicrodataEngine engine) {
        this(new FolderFileStore(folder), "", engine);
    }

    /** Descriptors in the application's file store; those of the former folder {@code <data-dir>/microdata} are moved in. */
    @Autowired
    public MicrodataRegistry(FileStore store, MicrodataEngine engine, DataDirProperties data) {
        this(store, PREFIX, engine);
        adopt(data.dataDir().resolve("microdata"));
    }

    private MicrodataRegistry(FileStore store, String prefix, MicrodataEngine engine) {
        this.store = store;
        this.prefix = prefix;
        this.engine = engine;
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
        if (find(dataset.id()).isPresent()) {
            throw new MicrodataException("microdata.dataset.idTaken", "資料集代碼「{0}」已經使用，請先移除舊的資料集。", dataset.id());
        }
        if (dataset.titleZh().isEmpty()) {
            throw new MicrodataException("microdata.dataset.titleMissing", "請填寫資料集名稱。");
        }
        MicrodataDataset checked = DatasetValidator.validate(dataset, engine);
        write(checked);
        return checked;
    }

    /** All datasets, by id. */
    public List<MicrodataDataset> list() {
        return load().values().stream().sorted(Comparator.comparing(MicrodataDataset::id)).toList();
    }

    public Optional<MicrodataDataset> find(String id) {
        return id == null || !ID.matcher(id).matches() ? Optional.empty()
                : store.read(prefix + id + ".json").flatMap(bytes -> parse(prefix + id + ".json", bytes));
    }

    /** Forgets a dataset (its data files are left alone). Returns false if there was none. */
    public synchronized boolean remove(String id) {
        return id != null && ID.matcher(id).matches() && store.delete(prefix + id + ".json");
    }

    private void write(MicrodataDataset dataset) {
        try {
            store.put(prefix + dataset.id() + ".json", json.writeValueAsBytes(dataset));
        } catch (FileStore.StorageException | JacksonException e) {
            throw new MicrodataException("microdata.dataset.saveFailed", "無法儲存資料集「{0}」的設定。", e, dataset.id());
        }
    }

    private Map<String, MicrodataDataset> load() {
        Map<String, MicrodataDataset> found = new HashMap<>();
        for (String key : store.list(prefix)) {
            if (key.endsWith(".json") && key.indexOf('/', prefix.length()) < 0) {
                store.read(key).flatMap(bytes -> parse(key, bytes)).ifPresent(d -> found.put(d.id(), d));
            }
        }
        return found;
    }

    private Optional<MicrodataDataset> parse(String key, byte[] bytes) {
        try {
            MicrodataDataset dataset = json.readValue(bytes, MicrodataDataset.class);
            if (ID.matcher(dataset.id()).matches() && key.equals(prefix + dataset.id() + ".json")) {
                return Optional.of(dataset);
            }
            log.warn("Ignoring microdata descriptor {}: its id does not match the file name", key);
        } catch (JacksonException e) {
            log.warn("Ignoring unreadable microdata descriptor {}: {}", key, e.getOriginalMessage());
        }
        return Optional.empty();
    }

    /** Moves descriptors of the folder used before the file store into it. */
    private void adopt(Path formerFolder) {
        if (!Files.isDirectory(formerFolder)) {
            return;
        }
        try (Stream<Path> files = Files.list(formerFolder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                String key = prefix + f.getFileName();
                if (FileStore.KEY.matcher(key).matches() && store.read(key).isEmpty()) {
                    store.put(key, Files.readAllBytes(f));
                    Files.delete(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move microdata descriptors from " + formerFolder, e);
        }
    }
}
