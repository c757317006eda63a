package tw.mainstream.statistics.microdata;

import java.util.List;

/**
 * One row of a pivot: its dimension values, one value per column key, the row total, and the
 * counts of women and men (whatever the column dimension is) for the share of women.
 */
public record PivotRow(List<String> keys, List<Long> values, long total, long female, long male) {

    public PivotRow {
        keys = List.copyOf(keys);
        values = List.copyOf(values);
    }

    /** Women / (women + men), ignoring unknown sex; null if there are neither. */
    public Double femaleShare() {
        return female + male == 0 ? null : (double) female / (female + male);
    }
}
