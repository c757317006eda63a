package tw.mainstream.search;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tw.mainstream.shared.domain.EntityChanged;

/**
 * Keeps the index in step with the database: every committed change of a record that a
 * {@link SearchSource} handles is re-read and re-indexed on one background thread (so a request
 * never waits for Lucene), and the whole index is rebuilt from the sources when it is missing
 * or of an older schema.
 */
@Component
public class SearchIndexer {
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

    SearchIndexer(SearchIndex index, List<SearchSource> sources, PlatformTransactionManager tx,
                  @Value("${mainstream.search.rebuild-at-start:true}") boolean rebuildAtStart) {
        this.rebuildAtStart = rebuildAtStart;
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
