package tw.mainstream.shared.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One sheet of a spreadsheet export: a header row and data rows. Cell values may be
 * {@link Number} (written as numbers), {@link Boolean}, {@link java.time.LocalDate} (written as
 * an ROC date text such as 「111/7/25」), {@code null} (empty) or anything else (its text).
 *
 * @param name   the sheet name (shortened and cleaned for Excel's rules when needed)
 * @param header the column headings
 * @param rows   the data rows; a row may be shorter than the header
 */
public record SheetData(String name, List<String> header, List<List<Object>> rows) {

    public SheetData {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Sheet name must not be blank");
        }
        name = name.strip();
        header = List.copyOf(header);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() > header.size()) {
                throw new IllegalArgumentException("Row " + (i + 1) + " of sheet " + name + " has more cells than the header");
            }
        }
    }
}
