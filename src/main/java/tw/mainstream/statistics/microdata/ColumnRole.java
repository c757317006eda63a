package tw.mainstream.statistics.microdata;

/** What a column of a microdata file is used for. */
public enum ColumnRole {
    /** The event date (at most one per dataset); grouped by a {@link TimeGrain}, filtered by a range. */
    DATE,
    /** Sex of the person (at most one per dataset); gives the share of women. */
    SEX,
    /** Any other category to group or filter by (nationality, direction, age group…). */
    DIMENSION,
    /** An integer count per row, for files that are already partly aggregated; summed. */
    MEASURE;

    /** A count to sum, not a category to group by. */
    public boolean isMeasure() {
        return this == MEASURE;
    }
}
