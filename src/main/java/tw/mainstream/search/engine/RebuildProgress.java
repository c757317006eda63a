package tw.mainstream.search.engine;

/**
 * State of the current or last index rebuild.
 *
 * @param total negative when unknown
 */
public record RebuildProgress(boolean running, long done, long total) {

    public static final RebuildProgress IDLE = new RebuildProgress(false, 0, 0);

    /** Completed fraction in [0, 1], or -1 when the total is unknown. */
    public double fraction() {
        if (total < 0) {
            return -1;
        }
        return total == 0 ? 1 : Math.min(1.0, (double) done / total);
    }
}
