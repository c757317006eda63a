package tw.mainstream.tracking.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;
import org.odftoolkit.odfdom.doc.table.OdfTableCell;
import tw.mainstream.shared.domain.DomainException;

/**
 * Tables in and out: CSV (UTF-8 with BOM, for Excel), XLSX (POI) and ODS (odfdom). Reading keeps
 * whether a cell held a number, so that a number typed into a text column can be refused.
 */
public final class Sheets {
    private Sheets() {
    }

    /** A cell read back: its text, and whether the spreadsheet stored it as a number. */
    public record Value(String text, boolean numeric) {
        public boolean blank() {
            return text == null || text.isBlank();
        }
    }

    public static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        line(sb, header);
        rows.forEach(r -> line(sb, r));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i) == null ? "" : cells.get(i);
            sb.append(i == 0 ? "" : ",").append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        sb.append("\r\n");
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            Row h = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] ods(String sheetName, List<String> header, List<List<Object>> rows) {
        try (OdfSpreadsheetDocument doc = OdfSpreadsheetDocument.newSpreadsheetDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OdfTable table = doc.getSpreadsheetTables().get(0);
            table.setTableName(sheetName);
            for (int c = 0; c < header.size(); c++) {
                table.getCellByPosition(c, 0).setStringValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    OdfTableCell cell = table.getCellByPosition(c, r + 1);
                    if (v instanceof Number n) {
                        cell.setDoubleValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setStringValue(v.toString());
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("ODS export failed", e);
        }
    }

    /** Reads the first sheet of an XLSX or ODS file; a file that is neither is a user error. */
    public static List<List<Value>> read(String filename, byte[] bytes) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return readXlsx(bytes);
            }
            if (name.endsWith(".ods")) {
                return readOds(bytes);
            }
        } catch (Exception e) {
            throw DomainException.invalid("tracking.error.unreadableFile", filename);
        }
        throw DomainException.invalid("tracking.error.uploadType", filename);
    }

    private static List<List<Value>> readXlsx(byte[] bytes) throws IOException {
        List<List<Value>> result = new ArrayList<>();
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Value> values = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? new Value("", false)
                                : new Value(fmt.formatCellValue(cell), cell.getCellType() == CellType.NUMERIC));
                    }
                }
                result.add(values);
            }
        }
        return result;
    }

    private static List<List<Value>> readOds(byte[] bytes) throws Exception {
        List<List<Value>> result = new ArrayList<>();
        try (OdfSpreadsheetDocument doc = OdfSpreadsheetDocument.loadDocument(new ByteArrayInputStream(bytes))) {
            OdfTable table = doc.getSpreadsheetTables().get(0);
            int rows = Math.min(table.getRowCount(), 10_000);
            int cols = Math.min(table.getColumnCount(), 50);
            for (int r = 0; r < rows; r++) {
                List<Value> values = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    OdfTableCell cell = table.getCellByPosition(c, r);
                    String type = cell.getValueType();
                    boolean numeric = "float".equals(type) || "currency".equals(type) || "percentage".equals(type);
                    values.add(new Value(cell.getDisplayText(), numeric));
                }
                result.add(values);
            }
        }
        return result;
    }
}
