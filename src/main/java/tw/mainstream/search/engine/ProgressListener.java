package tw.mainstream.search.engine;

/** Receives the progress of an index rebuild. {@code total} is negative when unknown. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total) -> { };

    void onProgress(long done, long total);
}
