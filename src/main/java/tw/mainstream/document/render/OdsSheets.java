package tw.mainstream.document.render;

import java.io.ByteArrayOutputStream;
import java.util.List;

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

import tw.mainstream.document.SheetData;
import tw.mainstream.document.SpreadsheetWriter;

/** ODS output of {@link SpreadsheetWriter}: numbers as {@code float} cells, text as strings. */
public final class OdsSheets {

    private OdsSheets() {
    }

    public static byte[] write(List<SheetData> sheets) {
        try (OdfSpreadsheetDocument ods = OdfSpreadsheetDocument.newSpreadsheetDocument()) {
            OdtStyles.installFontAndLanguage(ods);
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
                table.newTableTableColumnElement().setTableNumberColumnsRepeatedAttribute(sheet.header().size());
                TableTableRowElement head = table.newTableTableHeaderRowsElement().newTableTableRowElement();
                for (String heading : sheet.header()) {
                    cell(dom, head, heading).setTableStyleNameAttribute(bold.getStyleNameAttribute());
                }
                for (List<Object> values : sheet.rows()) {
                    TableTableRowElement row = table.newTableTableRowElement();
                    for (Object value : values) {
                        cell(dom, row, value);
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

    private static TableTableCellElement cell(OdfContentDom dom, TableTableRowElement row, Object value) {
        TableTableCellElement cell = dom.newOdfElement(TableTableCellElement.class);
        row.appendChild(cell);
        if (value instanceof Number number) {
            cell.setOfficeValueTypeAttribute("float");
            cell.setOfficeValueAttribute(number.doubleValue());
            cell.newTextPElement().setTextContent(number.toString());
        } else if (value instanceof Boolean flag) {
            cell.setOfficeValueTypeAttribute("boolean");
            cell.setOfficeBooleanValueAttribute(flag);
            cell.newTextPElement().setTextContent(flag ? "TRUE" : "FALSE");
        } else if (value != null) {
            cell.setOfficeValueTypeAttribute("string");
            cell.newTextPElement().setTextContent(SpreadsheetWriter.text(value));
        }
        return cell;
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
}
