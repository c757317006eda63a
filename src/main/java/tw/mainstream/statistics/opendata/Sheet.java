package tw.mainstream.statistics.opendata;

import java.util.ArrayList;
import java.util.List;

import tw.mainstream.shared.sheet.SheetData;

/** One sheet to write: its name, column titles and rows; cells from {@code numericFrom} on are numbers. */
public record Sheet(String name, List<String> columns, List<List<String>> rows, int numericFrom) {

    /**
     * The sheet for {@link tw.mainstream.shared.sheet.SpreadsheetFiles}: cells from {@code numericFrom}
     * on that parse as numbers become numbers, everything else stays text ({@code null} as empty text).
     */
    public SheetData data() {
        List<List<Object>> values = new ArrayList<>();
        for (List<String> row : rows) {
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c) == null ? "" : row.get(c);
                Double number = c >= numericFrom ? number(v) : null;
                cells.add(number != null ? number : v);
            }
            values.add(cells);
        }
        return new SheetData(name, columns, values);
    }

    private static Double number(String v) {
        try {
            return v.isEmpty() ? null : Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
