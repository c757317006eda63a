package tw.mainstream.tracking.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
 * Reads uploaded XLSX (POI) and ODS (odfdom) tables, keeping whether a cell held a number, so that
 * a number typed into a text column can be refused. Tables are written by
 * {@link tw.mainstream.shared.sheet.SpreadsheetFiles}.
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
