package tw.mainstream.shared.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.odftoolkit.odfdom.dom.element.office.OfficeSpreadsheetElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableCellElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfTextProperties;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.w3c.dom.Node;

import tw.mainstream.shared.odf.OdfFonts;
import tw.mainstream.shared.odf.OdfMetadata;
import tw.mainstream.shared.time.RocDates;

/**
 * The one writer of tabular exports: CSV (UTF-8 with BOM, for Excel), ODS (odfdom, one table per
 * sheet with a repeated bold header row) and XLSX (Apache POI, a frozen bold header row). Numbers
 * stay numbers so that the receiving office can sum and chart them.
 */
public final class SpreadsheetFiles {

    public static final String CSV_CONTENT_TYPE = "text/csv;charset=UTF-8";
    public static final String ODS_CONTENT_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
    public static final String XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SpreadsheetFiles() {
    }

    /** One sheet as CSV: UTF-8 with a byte order mark, CRLF lines, cells quoted only when needed. */
    public static byte[] csv(SheetData sheet) {
        StringBuilder b = new StringBuilder("\uFEFF");
        line(b, sheet.header());
        sheet.rows().forEach(r -> line(b, r));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder b, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = text(cells.get(i));
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

    /** An OpenDocument spreadsheet with one table per sheet and a repeated header row. */
    public static byte[] ods(List<SheetData> sheets) {
        requireSheets(sheets);
        try (OdfSpreadsheetDocument ods = OdfSpreadsheetDocument.newSpreadsheetDocument()) {
            OdfFonts.installFontAndLanguage(ods);
            OdfMetadata.describe(ods, sheets.get(0).name());
            OfficeSpreadsheetElement root = ods.getContentRoot();
            removeTables(root);
            OdfContentDom dom = ods.getContentDom();
            OdfStyle bold = dom.getOrCreateAutomaticStyles().newStyle(OdfStyleFamily.TableCell);
            bold.setProperty(OdfTextProperties.FontWeight, "bold");
            bold.setProperty(OdfTextProperties.FontWeightAsian, "bold");
            for (SheetData sheet : sheets) {
                TableTableElement table = dom.newOdfElement(TableTableElement.class);
                root.appendChild(table);
                table.setTableNameAttribute(sheet.name());
                table.newTableTableColumnElement().setTableNumberColumnsRepeatedAttribute(Math.max(1, sheet.header().size()));
                TableTableRowElement head = table.newTableTableHeaderRowsElement().newTableTableRowElement();
                for (String heading : sheet.header()) {
                    odsCell(dom, head, heading).setTableStyleNameAttribute(bold.getStyleNameAttribute());
                }
                for (List<Object> values : sheet.rows()) {
                    TableTableRowElement row = table.newTableTableRowElement();
                    for (Object value : values) {
                        odsCell(dom, row, value);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ods.save(out);
            return out.toByteArray();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("ODS export failed", e);
        }
    }

    /** An Excel workbook with one worksheet per sheet and a frozen, bold header row. */
    public static byte[] xlsx(List<SheetData> sheets) {
        requireSheets(sheets);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontName(OdfFonts.FONT);
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
                        xlsxValue(row.createCell(c), values.get(c));
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

    /** The text written for a cell value: empty for {@code null}, numbers as written (62, not 62.0), ROC short form for dates. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return numberText(number);
        }
        if (value instanceof LocalDate date) {
            return RocDates.formatShort(date);
        }
        return value.toString();
    }

    private static void xlsxValue(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value != null) {
            cell.setCellValue(text(value));
        }
    }

    private static TableTableCellElement odsCell(OdfContentDom dom, TableTableRowElement row, Object value) {
        TableTableCellElement cell = dom.newOdfElement(TableTableCellElement.class);
        row.appendChild(cell);
        if (value instanceof Number number) {
            cell.setOfficeValueTypeAttribute("float");
            cell.setOfficeValueAttribute(number.doubleValue());
            cell.newTextPElement().setTextContent(numberText(number));
        } else if (value instanceof Boolean flag) {
            cell.setOfficeValueTypeAttribute("boolean");
            cell.setOfficeBooleanValueAttribute(flag);
            cell.newTextPElement().setTextContent(flag ? "TRUE" : "FALSE");
        } else if (value != null) {
            cell.setOfficeValueTypeAttribute("string");
            cell.newTextPElement().setTextContent(text(value));
        }
        return cell;
    }

    /** 「1500」 rather than 「1500.0」 for a whole floating-point number. */
    private static String numberText(Number number) {
        if ((number instanceof Double || number instanceof Float) && Double.isFinite(number.doubleValue())) {
            return BigDecimal.valueOf(number.doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return number.toString();
    }

    private static void removeTables(OfficeSpreadsheetElement root) {
        Node child = root.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof TableTableElement) {
                root.removeChild(child);
            }
            child = next;
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
