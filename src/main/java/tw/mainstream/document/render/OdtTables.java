package tw.mainstream.document.render;

import java.util.List;

import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.odftoolkit.odfdom.dom.element.table.TableTableCellElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableColumnElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.style.OdfStyleFamily;
import org.odftoolkit.odfdom.dom.style.props.OdfTableCellProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableColumnProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableProperties;
import org.odftoolkit.odfdom.dom.style.props.OdfTableRowProperties;
import org.odftoolkit.odfdom.incubator.doc.office.OdfOfficeAutomaticStyles;
import org.odftoolkit.odfdom.incubator.doc.style.OdfStyle;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.w3c.dom.Element;

/** Writes bordered ODF text tables with a repeated header row and relative column widths. */
final class OdtTables {

    private final OdfContentDom dom;
    private final Element parent;
    private final OdfOfficeAutomaticStyles automatic;
    private final String cellBox;
    private final String headBox;
    private int count;

    OdtTables(OdfContentDom dom, Element parent) {
        this.dom = dom;
        this.parent = parent;
        this.automatic = dom.getOrCreateAutomaticStyles();
        this.cellBox = box(null);
        this.headBox = box("#eeeeee");
    }

    /**
     * Borders and padding as automatic cell styles in content.xml: LibreOffice Writer ignores
     * table-cell styles among the common styles, and the tables came out without lines.
     */
    private String box(String background) {
        OdfStyle style = automatic.newStyle(OdfStyleFamily.TableCell);
        style.setProperty(OdfTableCellProperties.Border, "0.5pt solid #000000");
        style.setProperty(OdfTableCellProperties.Padding, "0.1cm");
        if (background != null) {
            style.setProperty(OdfTableCellProperties.BackgroundColor, background);
        }
        return style.getStyleNameAttribute();
    }

    void table(List<String> header, List<List<String>> rows, double[] widths, boolean signatureRows) {
        count++;
        TableTableElement table = dom.newOdfElement(TableTableElement.class);
        parent.appendChild(table);
        table.setTableNameAttribute("Table" + count);
        OdfStyle tableStyle = automatic.newStyle(OdfStyleFamily.Table);
        tableStyle.setProperty(OdfTableProperties.Width, OdtStyles.cm(OdtRenderer.CONTENT_WIDTH_CM));
        tableStyle.setProperty(OdfTableProperties.Align, "margins");
        tableStyle.setProperty(OdfTableProperties.MarginTop, "0.1cm");
        tableStyle.setProperty(OdfTableProperties.MarginBottom, "0.2cm");
        table.setTableStyleNameAttribute(tableStyle.getStyleNameAttribute());
        for (double width : widths) {
            OdfStyle columnStyle = automatic.newStyle(OdfStyleFamily.TableColumn);
            columnStyle.setProperty(OdfTableColumnProperties.ColumnWidth, OdtStyles.cm(width * OdtRenderer.CONTENT_WIDTH_CM));
            columnStyle.setProperty(OdfTableColumnProperties.RelColumnWidth, Math.round(width * 65535) + "*");
            TableTableColumnElement column = table.newTableTableColumnElement();
            column.setTableStyleNameAttribute(columnStyle.getStyleNameAttribute());
        }
        TableTableRowElement head = table.newTableTableHeaderRowsElement().newTableTableRowElement();
        for (String heading : header) {
            cell(head, heading, headBox, OdtStyles.CELL_HEAD);
        }
        String rowStyle = null;
        if (signatureRows) {
            OdfStyle style = automatic.newStyle(OdfStyleFamily.TableRow);
            style.setProperty(OdfTableRowProperties.MinRowHeight, "1.2cm");
            rowStyle = style.getStyleNameAttribute();
        }
        for (List<String> cells : rows) {
            TableTableRowElement row = table.newTableTableRowElement();
            if (rowStyle != null) {
                row.setTableStyleNameAttribute(rowStyle);
            }
            for (String value : cells) {
                cell(row, value, cellBox, OdtStyles.CELL);
            }
        }
    }

    private void cell(TableTableRowElement row, String value, String cellStyle, String paragraphStyle) {
        TableTableCellElement cell = dom.newOdfElement(TableTableCellElement.class);
        row.appendChild(cell);
        cell.setTableStyleNameAttribute(cellStyle);
        cell.setOfficeValueTypeAttribute("string");
        TextPElement p = cell.newTextPElement();
        p.setTextStyleNameAttribute(paragraphStyle);
        OdfWhitespaceProcessor.appendText(p, value);
    }
}
