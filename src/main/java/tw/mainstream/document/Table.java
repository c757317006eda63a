package tw.mainstream.document;

import java.util.List;

/**
 * A table with one header row and text cells, e.g. the follow-up table of tracked resolutions.
 *
 * @param caption      the caption shown above the table, or {@code null}
 * @param header       the column headings
 * @param rows         the body rows; each has exactly one cell per column
 * @param columnWidths relative column widths (any positive weights, e.g. 15/40/25/12/8),
 *                     or an empty list for widths fitted to the content
 */
public record Table(String caption, List<String> header, List<List<String>> rows,
                    List<Integer> columnWidths) implements Block {

    public Table {
        caption = Texts.optional(caption);
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        rows = rows.stream().map(row -> row.stream().map(c -> c == null ? "" : c).toList()).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("Table row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells but the header has " + header.size() + " columns");
            }
        }
        columnWidths = columnWidths == null ? List.of() : List.copyOf(columnWidths);
        if (!columnWidths.isEmpty() && (columnWidths.size() != header.size()
                || columnWidths.stream().anyMatch(w -> w <= 0))) {
            throw new IllegalArgumentException("Column widths must be one positive weight per column");
        }
    }

    public Table(String caption, List<String> header, List<List<String>> rows) {
        this(caption, header, rows, List.of());
    }

    /** Relative widths normalised to fractions summing to 1 (fitted to the content when none are given). */
    public double[] widthFractions() {
        if (columnWidths.isEmpty()) {
            return ColumnFit.fractions(header, rows);
        }
        double[] fractions = new double[header.size()];
        double total = columnWidths.stream().mapToInt(Integer::intValue).sum();
        for (int i = 0; i < fractions.length; i++) {
            fractions[i] = columnWidths.get(i) / total;
        }
        return fractions;
    }
}
