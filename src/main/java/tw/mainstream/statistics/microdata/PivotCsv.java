package tw.mainstream.statistics.microdata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** CSV (RFC 4180, UTF-8 with a byte order mark) of a pivot, with a total row at the end. */
final class PivotCsv {

    private PivotCsv() {
    }

    static String toCsv(PivotResult result) {
        StringWriter out = new StringWriter();
        try {
            write(result, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static void write(PivotResult result, Writer out) throws IOException {
        out.write('\uFEFF');
        line(out, result.header());
        for (PivotRow row : result.rows()) {
            List<String> cells = new ArrayList<>(row.keys());
            row.values().forEach(v -> cells.add(Long.toString(v)));
            cells.add(Long.toString(row.total()));
            cells.add(percent(row.femaleShare()));
            line(out, cells);
        }
        List<String> totals = new ArrayList<>();
        for (int i = 0; i < result.rowLabels().size(); i++) {
            totals.add(i == 0 ? PivotResult.TOTAL : "");
        }
        result.columnTotals().forEach(v -> totals.add(Long.toString(v)));
        totals.add(Long.toString(result.total()));
        totals.add(percent(result.femaleShare()));
        line(out, totals);
        out.flush();
    }

    private static String percent(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.1f", share * 100);
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(escape(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** Quotes when needed; defuses cells a spreadsheet would run as a formula. */
    static String escape(String cell) {
        String s = cell == null ? "" : cell;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
