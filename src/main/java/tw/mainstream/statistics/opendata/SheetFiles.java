package tw.mainstream.statistics.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;

/** Writes sheets as CSV (UTF-8 with BOM, for Excel), ODS (odfdom) and XLSX (POI). */
public final class SheetFiles {

    private SheetFiles() {
    }

    public static byte[] csv(Sheet sheet) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, sheet.columns());
        sheet.rows().forEach(r -> line(b, r));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i) == null ? "" : cells.get(i);
            if (i > 0) {
                b.append(',');
            }
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append("\r\n");
    }

    public static byte[] ods(List<Sheet> sheets) {
        try (OdfSpreadsheetDocument doc = OdfSpreadsheetDocument.newSpreadsheetDocument()) {
            List<OdfTable> existing = doc.getTableList();
            for (int s = 0; s < sheets.size(); s++) {
                Sheet sheet = sheets.get(s);
                OdfTable table = s < existing.size() ? existing.get(s) : OdfTable.newTable(doc);
                table.setTableName(sheet.name());
                write(table, 0, sheet.columns(), Integer.MAX_VALUE);
                for (int r = 0; r < sheet.rows().size(); r++) {
                    write(table, r + 1, sheet.rows().get(r), sheet.numericFrom());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("ODS could not be written", e);
        }
    }

    private static void write(OdfTable table, int row, List<String> cells, int numericFrom) {
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c) == null ? "" : cells.get(c);
            Double number = c >= numericFrom ? number(v) : null;
            if (number != null) {
                table.getCellByPosition(c, row).setDoubleValue(number);
            } else {
                table.getCellByPosition(c, row).setStringValue(v);
            }
        }
    }

    public static byte[] xlsx(List<Sheet> sheets) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Sheet sheet : sheets) {
                XSSFSheet xs = book.createSheet(sheet.name());
                writeRow(xs.createRow(0), sheet.columns(), Integer.MAX_VALUE);
                for (int r = 0; r < sheet.rows().size(); r++) {
                    writeRow(xs.createRow(r + 1), sheet.rows().get(r), sheet.numericFrom());
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("XLSX could not be written", e);
        }
    }

    private static void writeRow(XSSFRow row, List<String> cells, int numericFrom) {
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c) == null ? "" : cells.get(c);
            XSSFCell cell = row.createCell(c);
            Double number = c >= numericFrom ? number(v) : null;
            if (number != null) {
                cell.setCellValue(number);
            } else {
                cell.setCellValue(v);
            }
        }
    }

    private static Double number(String v) {
        try {
            return v.isEmpty() ? null : Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
