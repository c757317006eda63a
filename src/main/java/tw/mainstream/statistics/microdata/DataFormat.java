package tw.mainstream.statistics.microdata;

/** File format of a microdata dataset. */
public enum DataFormat {
    /** UTF-8 text with a header line (a byte order mark is allowed). */
    CSV,
    PARQUET
}
