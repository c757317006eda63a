/**
 * Microdata at scale: large CSV or Parquet files (e.g. border crossings of the National
 * Immigration Agency) registered as {@link tw.mainstream.statistics.microdata.MicrodataDataset}s
 * in the {@link tw.mainstream.statistics.microdata.MicrodataRegistry} and aggregated in place by
 * DuckDB through {@link tw.mainstream.statistics.microdata.MicrodataPivotService}, by sex and any
 * other dimension, without loading them into the main database.
 */
@org.springframework.modulith.NamedInterface("microdata")
package tw.mainstream.statistics.microdata;
