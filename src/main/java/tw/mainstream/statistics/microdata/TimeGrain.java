package tw.mainstream.statistics.microdata;

/** How the date column is bucketed when it is used as a pivot dimension. */
public enum TimeGrain {
    /** Gregorian year, e.g. {@code 2023}. */
    YEAR,
    /** ROC (Minguo) year, e.g. {@code 112} for 2023. */
    ROC_YEAR,
    /** Gregorian year and month, e.g. {@code 2023-01}. */
    MONTH
}
