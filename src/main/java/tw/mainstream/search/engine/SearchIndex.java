package tw.mainstream.search.engine;

import tw.mainstream.search.SearchDocument;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tw.mainstream.shared.files.DataDirProperties;

/**
 * The Lucene index of every searchable record, in a folder of the data directory. Writes are
 * visible to searches at once (near-real-time); {@link #commit()} makes them durable.
 * {@link #rebuild} fills a fresh folder and swaps it in; writes that arrive meanwhile are applied
 * to both the old and the new index.
 */
@Component
public class SearchIndex implements Closeable {

    /**
     * Bump when fields, analysis or the set of sources change: {@link #isMissingOrOutdated} then asks
     * for a rebuild. 2: the readerUnit field; tracked items, progress reports and data call answers.
     * 3: public minutes text masks every person of the task force (indexes built before held names
     * such as 吳委員嘉麗 in carried-over follow-up rows).
     */
    public static final int SCHEMA_VERSION = 3;

    private final IndexGenerations generations;
    private final Object writeLock = new Object();
    private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.IDLE);
    private volatile LiveIndex live;
    /** Writes made while a rebuild runs, replayed on the new index before the swap; null otherwise. */
    private List<IndexOperation> duringRebuild;

    @Autowired
    SearchIndex(SearchProperties settings, DataDirProperties data) {
        this(settings.indexDir(data));
    }

    /** The index in {@code root} (tools and tests). */
    public SearchIndex(Path root) {
        this.generations = new IndexGenerations(root);
        try {
            Path current = generations.currentOrCreate();
            generations.deleteAllExcept(current);
            this.live = LiveIndex.open(current, false, 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open search index in " + root, e);
        }
    }

    /** Adds the document, or replaces the one with the same id. */
    public void index(SearchDocument document) {
        apply(IndexOperation.update(document));
    }

    public void delete(String id) {
        apply(IndexOperation.delete(id));
    }

    /** Removes every document; the index then counts as missing until the next rebuild. */
    public void deleteAll() {
        apply(IndexOperation.DELETE_ALL);
    }

    /** Makes all writes so far durable. */
    public void commit() {
        synchronized (writeLock) {
            try {
                live.writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** True when the index was never fully built, or was built with another schema version. */
    public boolean isMissingOrOutdated(int expectedVersion) {
        synchronized (writeLock) {
            try {
                return LiveIndex.committedSchemaVersion(live.directory) != expectedVersion;
            } catch (IOException e) {
                return true;
            }
        }
    }

    public RebuildProgress rebuildProgress() {
        return progress.get();
    }

    /**
     * Rebuilds from {@code documents} (unique ids; {@code total} may be -1 if unknown) into a fresh
     * folder, then swaps it in. Searches keep using the old index until the swap.
     */
    public void rebuild(Stream<SearchDocument> documents, long total, ProgressListener listener) {
        rebuild(documents.iterator(), total, listener);
    }

    public void rebuild(Iterator<SearchDocument> documents, long total, ProgressListener listener) {
        synchronized (writeLock) {
            if (duringRebuild != null) {
                throw new IllegalStateException("a search index rebuild is already running");
            }
            duringRebuild = new ArrayList<>();
        }
        LiveIndex fresh = null;
        try {
            fresh = LiveIndex.open(generations.next(), true, 256);
            report(listener, true, 0, total);
            long done = 0;
            while (documents.hasNext()) {
                fresh.writer.addDocument(DocumentMapper.toLucene(documents.next()));
                if (++done % 1000 == 0) {
                    report(listener, true, done, total);
                }
            }
            // one segment: a rebuilt index is read far more than written, and each segment costs
            // every query a term lookup
            fresh.writer.forceMerge(1);
            swapIn(fresh);
            report(listener, false, done, total);
        } catch (IOException | RuntimeException e) {
            abandon(fresh);
            progress.set(RebuildProgress.IDLE);
            throw e instanceof IOException io ? new UncheckedIOException("search index rebuild failed", io)
                    : (RuntimeException) e;
        }
    }

    /** Runs {@code work} on a current searcher and releases it afterwards. */
    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        while (true) {
            LiveIndex current = live;
            IndexSearcher searcher;
            try {
                searcher = current.searchers.acquire();
            } catch (AlreadyClosedException swapped) {
                continue;
            }
            try {
                return work.apply(searcher);
            } finally {
                current.searchers.release(searcher);
            }
        }
    }

    @FunctionalInterface
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private void apply(IndexOperation operation) {
        synchronized (writeLock) {
            try {
                operation.applyTo(live.writer);
                if (duringRebuild != null) {
                    duringRebuild.add(operation);
                }
                live.searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void swapIn(LiveIndex fresh) throws IOException {
        LiveIndex old;
        synchronized (writeLock) {
            for (IndexOperation operation : duringRebuild) {
                operation.applyTo(fresh.writer);
            }
            fresh.commitWithSchemaVersion(SCHEMA_VERSION);
            fresh.searchers.maybeRefreshBlocking();
            generations.markCurrent(fresh.folder);
            old = live;
            live = fresh;
            duringRebuild = null;
        }
        old.close();
        IndexGenerations.deleteTree(old.folder);
    }

    private void abandon(LiveIndex fresh) {
        synchronized (writeLock) {
            duringRebuild = null;
        }
        if (fresh != null) {
            try {
                fresh.close();
                IndexGenerations.deleteTree(fresh.folder);
            } catch (IOException ignored) {
                // the next start removes left-over generation folders
            }
        }
    }

    private void report(ProgressListener listener, boolean running, long done, long total) {
        progress.set(new RebuildProgress(running, done, total));
        listener.onProgress(done, total);
    }

    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            live.close();
        }
    }
}
