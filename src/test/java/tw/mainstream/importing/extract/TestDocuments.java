package tw.mainstream.importing.extract;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableElement;
import org.odftoolkit.odfdom.dom.element.table.TableTableRowElement;
import org.odftoolkit.odfdom.dom.element.text.TextListElement;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Builds small minutes documents in each format, from paragraphs and one table. */
final class TestDocuments {
    static final Path FONT = Path.of("src", "main", "resources", "fonts", "NotoSansTC-Regular.ttf");
    private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private TestDocuments() {
    }

    static byte[] docx(List<String> before, List<List<String>> table, List<String> after) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            before.forEach(p -> doc.createParagraph().createRun().setText(p));
            XWPFTable t = doc.createTable(table.size(), table.get(0).size());
            for (int r = 0; r < table.size(); r++) {
                XWPFTableRow row = t.getRow(r);
                for (int c = 0; c < table.get(r).size(); c++) {
                    row.getCell(c).setText(table.get(r).get(c));
                }
            }
            after.forEach(p -> doc.createParagraph().createRun().setText(p));
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** An ODT with a heading, paragraphs, the lines in {@code listed} as a list, a table, then {@code after}. */
    static byte[] odt(String heading, List<String> before, List<String> listed, List<List<String>> table,
                      List<String> after) throws Exception {
        try (OdfTextDocument doc = OdfTextDocument.newTextDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficeTextElement root = emptyRoot(doc);
            root.newTextHElement(1).setTextContent(heading);
            before.forEach(p -> root.newTextPElement().setTextContent(p));
            TextListElement list = root.newTextListElement();
            listed.forEach(p -> list.newTextListItemElement().newTextPElement().setTextContent(p));
            TableTableElement t = root.newTableTableElement();
            for (List<String> cells : table) {
                TableTableRowElement row = t.newTableTableRowElement();
                for (String cell : cells) {
                    Element c = row.getOwnerDocument().createElementNS(TABLE_NS, "table:table-cell");
                    Element p = row.getOwnerDocument().createElementNS(TEXT_NS, "text:p");
                    p.setTextContent(cell);
                    c.appendChild(p);
                    row.appendChild(c);
                }
            }
            after.forEach(p -> root.newTextPElement().setTextContent(p));
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The body of a new text document without its empty default paragraph. */
    static OfficeTextElement emptyRoot(OdfTextDocument doc) throws Exception {
        OfficeTextElement root = doc.getContentRoot();
        for (Node n = root.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if ("p".equals(n.getLocalName())) {
                root.removeChild(n);
            }
            n = next;
        }
        return root;
    }

    static byte[] pdf(List<String> lines) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(font, 10);
                content.setLeading(14);
                content.newLineAtOffset(40, 750);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] blankPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        }
    }
}
