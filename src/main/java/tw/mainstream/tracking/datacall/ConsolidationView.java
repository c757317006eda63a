package tw.mainstream.tracking.datacall;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * All accepted answers of a call in one table: one line per table row (or per answer). Dates are
 * ISO in {@code rows} (as the API answers them); {@code columnTypes} names the kind of each column.
 */
public record ConsolidationView(List<String> header, List<FieldType> columnTypes, List<List<String>> rows) {

    /** The rows for a spreadsheet: date columns as dates, which the spreadsheet writes as ROC dates. */
    public List<List<Object>> cells() {
        List<List<Object>> cells = new ArrayList<>();
        for (List<String> row : rows) {
            List<Object> line = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                line.add(i < columnTypes.size() && columnTypes.get(i).isDate() ? date(row.get(i)) : row.get(i));
            }
            cells.add(line);
        }
        return cells;
    }

    private static Object date(String iso) {
        try {
            return iso == null || iso.isBlank() ? "" : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
