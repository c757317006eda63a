package tw.mainstream.statistics.microdata;

import java.util.ArrayList;
import java.util.List;

/**
 * A pivot table: rows keyed by the row dimensions, one column per value of the column dimension
 * (none if there is no column dimension), totals per row and column, and the share of women per
 * row and overall. A missing value (NULL in the file) shows as {@link #MISSING}.
 */
public record PivotResult(String datasetId, List<String> rowDimensions, List<String> rowLabels,
                          String columnDimension, String columnLabel, List<String> columnKeys,
                          List<PivotRow> rows, List<Long> columnTotals, long total, long female, long male) {

    /** Key shown for NULL values. */
    public static final String MISSING = "（未填）";
    /** Header of the total column and label of the total row. */
    public static final String TOTAL = "合計";
    /** Header of the share of women column (a percentage in the CSV). */
    public static final String FEMALE_SHARE = "女性比率(%)";

    public PivotResult {
        rowDimensions = List.copyOf(rowDimensions);
        rowLabels = List.copyOf(rowLabels);
        columnKeys = List.copyOf(columnKeys);
        rows = List.copyOf(rows);
        columnTotals = List.copyOf(columnTotals);
    }

    /** Row dimension labels, column keys, 合計, 女性比率(%). */
    public List<String> header() {
        List<String> header = new ArrayList<>(rowLabels);
        header.addAll(columnKeys);
        header.add(TOTAL);
        header.add(FEMALE_SHARE);
        return header;
    }

    /** Women / (women + men) over the whole result; null if the dataset has no sex column. */
    public Double femaleShare() {
        return female + male == 0 ? null : (double) female / (female + male);
    }

    /** The value at a row and column key (0 if there is no such cell). */
    public long value(List<String> rowKeys, String columnKey) {
        int c = columnKeys.indexOf(columnKey);
        return rows.stream().filter(r -> r.keys().equals(rowKeys)).findFirst()
                .map(r -> c < 0 ? 0L : r.values().get(c)).orElse(0L);
    }

    /** The row with these keys, if any. */
    public java.util.Optional<PivotRow> row(List<String> rowKeys) {
        return rows.stream().filter(r -> r.keys().equals(rowKeys)).findFirst();
    }
}
