package tw.mainstream.statistics.importing;

/**
 * One problem found in an upload, at a row of the file (1 is the header, 0 the whole file).
 * Errors block the import; a warning (totals that do not add up) may be confirmed.
 */
public record ImportProblem(int row, Kind kind, String column, String value) {

    public enum Kind {
        ENCODING, RAGGED_ROW, NOT_NUMERIC, SEX_CODE, DUPLICATE_KEY, TOTAL_MISMATCH, YEAR, NO_YEAR_COLUMN,
        NO_MEASURE_COLUMN, NO_ROWS;

        public boolean isWarning() {
            return this == TOTAL_MISMATCH;
        }
    }

    /** Message key of the kind: {@code statistics.problem.SEX_CODE}. */
    public String messageKey() {
        return "statistics.problem." + kind;
    }

    public boolean isWarning() {
        return kind.isWarning();
    }
}
