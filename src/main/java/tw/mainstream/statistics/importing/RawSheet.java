package tw.mainstream.statistics.importing;

import java.util.List;

/**
 * A spreadsheet as read from the uploaded file, before any interpretation: the header row and
 * the data rows, each with its row number in the file (the header is row 1).
 *
 * @param encoding the character set a CSV file was decoded with ("UTF-8", "Big5"), or the format
 */
public record RawSheet(String encoding, List<String> header, List<RawRow> rows) {

    /** CSV rows must have as many cells as the header; sheets only must not go past it. */
    public boolean strictWidth() {
        return !"XLSX".equals(encoding) && !"ODS".equals(encoding);
    }

    /** One data row; {@code cells} trimmed of trailing empties, {@code width} as written in the file. */
    public record RawRow(int number, List<String> cells, int width) {
    }
}
