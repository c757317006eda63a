package tw.mainstream.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import tw.mainstream.document.render.OdsSheets;

/**
 * Writes tabular exports (consolidated tables, dashboards) as ODS (odfdom) or XLSX (Apache POI).
 * Numbers stay numbers so that the receiving office can sum and chart them.
 */
@Component
public class SpreadsheetWriter {

    public static final String ODS_CONTENT_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public SpreadsheetWriter() {
    }

    /** An OpenDocument spreadsheet with one table per sheet and a repeated header row. */
    public byte[] ods(List<SheetData> sheets) {
        requireSheets(sheets);
        return OdsSheets.write(sheets);
    }

    /** An Excel workbook with one worksheet per sheet and a frozen, bold header row. */
    public byte[] xlsx(List<SheetData> sheets) {
        requireSheets(sheets);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontName("Noto Sans TC");
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            for (SheetData data : sheets) {
                Sheet sheet = workbook.createSheet(uniqueName(workbook, data.name()));
                Row head = sheet.createRow(0);
                for (int c = 0; c < data.header().size(); c++) {
                    Cell cell = head.createCell(c);
                    cell.setCellValue(data.header().get(c));
                    cell.setCellStyle(headerStyle);
                    sheet.setColumnWidth(c, Math.min(255, Math.max(10, data.header().get(c).length() * 2 + 2)) * 256);
                }
                for (int r = 0; r < data.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = data.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        setValue(row.createCell(c), values.get(c));
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("XLSX export failed", e);
        }
    }

    /** The text written for a non-numeric cell value. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return RocText.shortDate(date);
        }
        return value.toString();
    }

    private static void setValue(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value != null) {
            cell.setCellValue(text(value));
        }
    }

    private static String uniqueName(XSSFWorkbook workbook, String name) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String candidate = safe;
        for (int i = 2; workbook.getSheet(candidate) != null; i++) {
            String suffix = " (" + i + ")";
            candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }

    private static void requireSheets(List<SheetData> sheets) {
        if (sheets == null || sheets.isEmpty()) {
            throw new IllegalArgumentException("A spreadsheet needs at least one sheet");
        }
    }
}
