package tw.mainstream.search.engine;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** One generation folder opened for writing, with a near-real-time searcher manager. */
final class LiveIndex implements Closeable {

    static final String SCHEMA_VERSION_KEY = "mainstream.search.schemaVersion";

    final Path folder;
    final Directory directory;
    final IndexWriter writer;
    final SearcherManager searchers;

    private LiveIndex(Path folder, Directory directory, IndexWriter writer) throws IOException {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /** Opens (or creates) the index in {@code folder}; {@code fresh} discards what is there. */
    static LiveIndex open(Path folder, boolean fresh, double ramBufferMb) throws IOException {
        Directory directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(new ChineseAnalyzer())
                .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMb);
        try {
            return new LiveIndex(folder, directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Schema version recorded in the last commit of {@code directory}, or -1 if none. */
    static int committedSchemaVersion(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return -1;
        }
        String value = SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA_VERSION_KEY);
        return value == null ? -1 : Integer.parseInt(value);
    }

    /** Commits; later commits keep this user data, so the version survives incremental updates. */
    void commitWithSchemaVersion(int version) throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_VERSION_KEY, Integer.toString(version)).entrySet());
        writer.commit();
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }
}
