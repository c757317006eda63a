package tw.mainstream.search.engine;

import tw.mainstream.search.SearchDocument;
import tw.mainstream.search.SearchSource;
import tw.mainstream.search.SearchUpdate;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.mainstream.shared.cluster.ChangeFeedCursor;
import tw.mainstream.shared.cluster.ChangeLogLost;
import tw.mainstream.shared.cluster.RemoteChanges;
import tw.mainstream.shared.domain.EntityChanged;
import tw.mainstream.shared.files.DataDirProperties;

/**
 * Keeps the index in step with the database: every committed change of a record that a
 * {@link SearchSource} handles is re-read and re-indexed on one background thread (so a request
 * never waits for Lucene), and the whole index is rebuilt from the sources when it is missing
 * or of an older schema. In a cluster the other nodes' changes arrive from the change log
 * ({@link RemoteChanges}); the position applied so far is kept beside the index, so a node that
 * was down catches up on start.
 */
@Component
public class SearchIndexer implements ChangeFeedCursor {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final SearchIndex index;
    private final List<SearchSource> sources;
    private final TransactionTemplate readOnly;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-indexer");
        t.setDaemon(true);
        return t;
    });

    private final boolean rebuildAtStart;
    private final Path positionFile;

    SearchIndexer(SearchIndex index, List<SearchSource> sources, PlatformTransactionManager tx,
                  SearchProperties settings, DataDirProperties data) {
        this.positionFile = settings.indexDir(data).resolve("change-log-position");
        this.rebuildAtStart = settings.rebuildAtStart();
        this.index = index;
        this.sources = sources;
        this.readOnly = new TransactionTemplate(tx);
        this.readOnly.setReadOnly(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void rebuildIfNeeded() {
        if (rebuildAtStart && index.isMissingOrOutdated(SearchIndex.SCHEMA_VERSION)) {
            log.info("Search index missing or outdated: rebuilding from the database");
            startRebuild();
        }
    }

    @EventListener
    public void onChange(EntityChanged change) {
        if (!worker.isShutdown() && sources.stream().anyMatch(s -> s.handles(change.type()))) {
            worker.submit(() -> apply(change));
        }
    }

    /**
     * Queues other nodes' changes behind this node's own, then records the position (the worker is
     * one thread, so the position is saved only after the changes before it are committed).
     * Does not wait: a cache's catch-up may publish this from a thread the indexer itself waits on.
     */
    @EventListener
    public void onRemote(RemoteChanges remote) {
        if (worker.isShutdown()) {
            return;
        }
        List<EntityChanged> relevant = remote.changes().stream()
                .filter(c -> sources.stream().anyMatch(s -> s.handles(c.type()))).toList();
        worker.submit(() -> {
            relevant.forEach(this::apply);
            savePosition(remote.position());
        });
    }

    @EventListener
    public void onLost(ChangeLogLost lost) {
        startRebuild();
    }

    @Override
    public OptionalLong appliedPosition() {
        try {
            return Files.exists(positionFile) && !index.isMissingOrOutdated(SearchIndex.SCHEMA_VERSION)
                    ? OptionalLong.of(Long.parseLong(Files.readString(positionFile, StandardCharsets.US_ASCII).trim()))
                    : OptionalLong.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private void savePosition(long position) {
        try {
            Path tmp = positionFile.resolveSibling("change-log-position.tmp");
            Files.writeString(tmp, Long.toString(position), StandardCharsets.US_ASCII);
            Files.move(tmp, positionFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not record the change log position {}: {}", position, e.getMessage());
        }
    }

    /** Starts a rebuild on the indexer thread; progress is in {@link SearchIndex#rebuildProgress()}. */
    public Future<?> startRebuild() {
        return worker.submit(this::rebuild);
    }

    /** Waits until every change queued so far is in the index (tests, the rebuild command). */
    public void awaitIdle() throws InterruptedException {
        try {
            worker.submit(() -> { }).get(5, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * On a clean stop, finishes the changes already queued and stops the thread before the index
     * and the database (which this bean depends on) are closed.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Search indexer still busy after 30 s at shutdown; the index is rebuilt at next start if needed");
            worker.shutdownNow();
        }
    }

    private void rebuild() {
        readOnly.executeWithoutResult(status -> {
            long total = sources.stream().mapToLong(SearchSource::count).reduce(0, (a, b) -> a < 0 || b < 0 ? -1 : a + b);
            Stream<SearchDocument> all = sources.stream().flatMap(SearchSource::all);
            index.rebuild(all, total, (done, of) -> { });
        });
        log.info("Search index rebuilt: {} records", index.rebuildProgress());
    }

    private void apply(EntityChanged change) {
        try {
            readOnly.executeWithoutResult(status -> {
                for (SearchSource source : sources) {
                    if (source.handles(change.type())) {
                        SearchUpdate update = source.update(change.type(), change.id(), change.deleted());
                        update.deletes().forEach(index::delete);
                        update.upserts().forEach(index::index);
                    }
                }
            });
            index.commit();
        } catch (RuntimeException e) {
            log.warn("Could not index {} {}: {}", change.type().getSimpleName(), change.id(), e.getMessage());
        }
    }
}
