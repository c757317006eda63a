package tw.mainstream.importing.extract;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Minutes files whose numbers are not in the text: Word's automatic list numbering (numbering.xml) and
 * OpenDocument list styles; a PDF whose header is a table; a scanned PDF with no text layer.
 */
final class NumberedDocuments {
    private static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    /** One paragraph: its list level (-1 for none) and text. */
    record Para(int level, String text) {
    }

    private NumberedDocuments() {
    }

    /**
     * A DOCX: a header table (label, value), then paragraphs numbered by Word in three levels: 壹、 (formal
     * Chinese), 一、 (Chinese, starting at the abstract numbering's start value), 1. (decimal).
     */
    static byte[] docx(List<List<String>> header, List<Para> paragraphs, int chineseStart) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("某部性別平等專案小組113年第1次會議紀錄");
            XWPFTable table = doc.createTable(header.size(), 2);
            for (int r = 0; r < header.size(); r++) {
                table.getRow(r).getCell(0).setText(header.get(r).get(0));
                table.getRow(r).getCell(1).setText(header.get(r).get(1));
            }
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ONE);
            level(abstractNum, 0, STNumberFormat.IDEOGRAPH_LEGAL_TRADITIONAL, "%1、", 1);
            level(abstractNum, 1, STNumberFormat.TAIWANESE_COUNTING_THOUSAND, "%2、", chineseStart);
            level(abstractNum, 2, STNumberFormat.DECIMAL, "%3.", 1);
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
            BigInteger numId = numbering.addNum(abstractId);
            for (Para p : paragraphs) {
                XWPFParagraph paragraph = doc.createParagraph();
                if (p.level() >= 0) {
                    paragraph.setNumID(numId);
                    paragraph.setNumILvl(BigInteger.valueOf(p.level()));
                }
                paragraph.createRun().setText(p.text());
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void level(CTAbstractNum abstractNum, int ilvl, STNumberFormat.Enum format, String text, int start) {
        CTLvl lvl = abstractNum.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        lvl.addNewStart().setVal(BigInteger.valueOf(start));
    }

    /**
     * An ODT whose items are list items of an automatic list style: level 1 壹、, level 2 一、 (each list
     * item of {@code paragraphs} with level 0 or 1), other paragraphs (level -1) plain.
     */
    static byte[] odt(List<Para> paragraphs) throws Exception {
        try (OdfTextDocument doc = OdfTextDocument.newTextDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document content = doc.getContentDom();
            Element style = content.createElementNS(TEXT_NS, "text:list-style");
            style.setAttributeNS(STYLE_NS, "style:name", "L1");
            style.appendChild(levelStyle(content, 1, "壹, 貳, 參, ...", "、"));
            style.appendChild(levelStyle(content, 2, "一, 二, 三, ...", "、"));
            doc.getContentDom().getAutomaticStyles().appendChild(style);
            OfficeTextElement root = TestDocuments.emptyRoot(doc);
            Element outer = null;
            Element inner = null;
            for (Para p : paragraphs) {
                if (p.level() < 0) {
                    outer = null;
                    inner = null;
                    root.newTextPElement().setTextContent(p.text());
                    continue;
                }
                if (outer == null) {
                    outer = content.createElementNS(TEXT_NS, "text:list");
                    outer.setAttributeNS(TEXT_NS, "text:style-name", "L1");
                    outer.setAttributeNS(TEXT_NS, "text:continue-numbering", "true");
                    root.appendChild(outer);
                }
                if (p.level() == 0) {
                    inner = null;
                    outer.appendChild(item(content, p.text()));
                } else {
                    if (inner == null) {
                        Element holder = content.createElementNS(TEXT_NS, "text:list-item");
                        inner = content.createElementNS(TEXT_NS, "text:list");
                        holder.appendChild(inner);
                        outer.appendChild(holder);
                    }
                    inner.appendChild(item(content, p.text()));
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static Element levelStyle(Document content, int level, String format, String suffix) {
        Element e = content.createElementNS(TEXT_NS, "text:list-level-style-number");
        e.setAttributeNS(TEXT_NS, "text:level", String.valueOf(level));
        e.setAttributeNS(STYLE_NS, "style:num-format", format);
        e.setAttributeNS(STYLE_NS, "style:num-suffix", suffix);
        return e;
    }

    private static Element item(Document content, String text) {
        Element item = content.createElementNS(TEXT_NS, "text:list-item");
        Element p = content.createElementNS(TEXT_NS, "text:p");
        p.setTextContent(text);
        item.appendChild(p);
        return item;
    }

    /** A PDF whose header is a two-column table with ruled cells, then lines of text. */
    static byte[] pdfWithHeaderTable(List<List<String>> header, List<String> lines) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, TestDocuments.FONT.toFile());
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 740;
                text(content, font, 40, 760, "某局性別平等專案小組會議紀錄");
                for (List<String> row : header) {
                    content.addRect(36, y - 6, 110, 20);
                    content.addRect(146, y - 6, 400, 20);
                    content.stroke();
                    text(content, font, 40, y, row.get(0));
                    text(content, font, 150, y, row.get(1));
                    y -= 20;
                }
                y -= 10;
                for (String line : lines) {
                    text(content, font, 40, y, line);
                    y -= 14;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, float x, float y, String s)
            throws Exception {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(s);
        content.endText();
    }

    /** A scanned page: one image, no text layer. */
    static byte[] scannedPdf() throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < 200; x++) {
                scan.setRGB(x, 50, 0xFFFFFF);
            }
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 50, 500, 400, 200);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
