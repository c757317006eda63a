package tw.mainstream.statistics.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tw.mainstream.statistics.importing.RawSheet.RawRow;

/** Reads the first sheet of a CSV, XLSX or ODS upload, chosen by file name, into a {@link RawSheet}. */
public final class SheetReader {

    private SheetReader() {
    }

    public static RawSheet read(String fileName, InputStream in) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            List<List<String>> rows;
            String encoding;
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                CsvReader.Decoded decoded = CsvReader.decode(in.readAllBytes());
                rows = CsvReader.parse(decoded.text());
                encoding = decoded.charset();
            } else if (name.endsWith(".xlsx")) {
                rows = XlsxReader.read(in);
                encoding = "XLSX";
            } else if (name.endsWith(".ods")) {
                rows = OdsReader.read(in);
                encoding = "ODS";
            } else {
                throw new UnreadableFileException("statistics.import.error.type", fileName);
            }
            return toSheet(encoding, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableFileException u) {
                throw u;
            }
            throw new UnreadableFileException("statistics.import.error.damaged", fileName);
        }
    }

    static RawSheet toSheet(String encoding, List<List<String>> rows) {
        int first = 0;
        while (first < rows.size() && isBlank(rows.get(first))) {
            first++;
        }
        if (first == rows.size()) {
            throw new UnreadableFileException("statistics.import.error.empty");
        }
        List<String> header = trim(rows.get(first));
        List<RawRow> data = new ArrayList<>();
        for (int i = first + 1; i < rows.size(); i++) {
            if (!isBlank(rows.get(i))) {
                data.add(new RawRow(i + 1, trim(rows.get(i)), rows.get(i).size()));
            }
        }
        return new RawSheet(encoding, header, data);
    }

    private static boolean isBlank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** Strips spaces in each cell and drops trailing empty cells. */
    private static List<String> trim(List<String> row) {
        List<String> cells = new ArrayList<>(row.stream().map(c -> c == null ? "" : c.strip()).toList());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }
}
