package tw.mainstream.document.render;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.dom.OdfContentDom;
import org.odftoolkit.odfdom.dom.element.draw.DrawFrameElement;
import org.odftoolkit.odfdom.dom.element.draw.DrawImageElement;
import org.odftoolkit.odfdom.dom.element.office.OfficeTextElement;
import org.odftoolkit.odfdom.dom.element.text.TextHElement;
import org.odftoolkit.odfdom.dom.element.text.TextPElement;
import org.odftoolkit.odfdom.dom.element.text.TextSpanElement;
import org.odftoolkit.odfdom.incubator.doc.text.OdfWhitespaceProcessor;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import tw.mainstream.document.HeaderField;
import tw.mainstream.document.Image;
import tw.mainstream.document.OfficialDocument;
import tw.mainstream.document.Paragraph;
import tw.mainstream.document.Section;
import tw.mainstream.document.SignatureTable;
import tw.mainstream.document.Table;
import tw.mainstream.shared.odf.OdfMetadata;

/**
 * ODT through odfdom: A4, title centred bold 16 pt, section headings as {@code text:h} with an
 * outline level (title 1, sections 2..6), bordered tables with a repeated header row, images
 * with title and description for screen readers.
 */
public final class OdtRenderer {

    static final double CONTENT_WIDTH_CM = 17.0;

    public byte[] render(OfficialDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(document, out);
        return out.toByteArray();
    }

    public void render(OfficialDocument document, OutputStream out) {
        try (OdfTextDocument odt = OdfTextDocument.newTextDocument()) {
            OdtStyles.install(odt);
            OfficeTextElement text = odt.getContentRoot();
            removeEmptyParagraphs(text);
            OdfMetadata.describe(odt, document.title());
            Writer writer = new Writer(odt, text);
            writer.header(document);
            BlockWalker.walk(document, writer);
            if (document.footer() != null) {
                writer.paragraph(OdtStyles.FOOTER).setTextContent(document.footer());
            }
            odt.save(out);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("ODT rendering failed", e);
        }
    }

    private static void removeEmptyParagraphs(OfficeTextElement text) {
        Node child = text.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof TextPElement && child.getTextContent().isEmpty()) {
                text.removeChild(child);
            }
            child = next;
        }
    }

    private static final class Writer implements BlockVisitor {
        private final OdfTextDocument odt;
        private final OfficeTextElement text;
        private final OdfContentDom dom;
        private final OdtTables tables;
        private int images;

        Writer(OdfTextDocument odt, OfficeTextElement text) throws Exception {
            this.odt = odt;
            this.text = text;
            this.dom = odt.getContentDom();
            this.tables = new OdtTables(dom, text);
        }

        TextPElement paragraph(String style) {
            TextPElement p = text.newTextPElement();
            p.setTextStyleNameAttribute(style);
            return p;
        }

        void header(OfficialDocument document) {
            TextHElement title = text.newTextHElement(1);
            title.setTextStyleNameAttribute(OdtStyles.TITLE);
            List<String> lines = document.titleLines();
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    title.newTextLineBreakElement();
                }
                title.appendChild(dom.createTextNode(lines.get(i)));
            }
            for (HeaderField field : document.headerFields()) {
                TextPElement p = paragraph(OdtStyles.FIELD);
                strong(p, field.label() + "：");
                OdfWhitespaceProcessor.appendText(p, field.value());
            }
        }

        @Override
        public void startSection(Section section, int level, String label) {
            TextHElement heading = text.newTextHElement(level + 1);
            heading.setTextStyleNameAttribute(OdtStyles.heading(level));
            OdfWhitespaceProcessor.appendText(heading, label + section.heading());
        }

        @Override
        public void endSection(Section section, int level) {
        }

        @Override
        public void paragraph(Paragraph paragraph, int depth) {
            TextPElement p = paragraph(OdtStyles.body(depth));
            if (paragraph.lead() != null) {
                strong(p, paragraph.lead());
            }
            OdfWhitespaceProcessor.appendText(p, paragraph.text());
        }

        @Override
        public void point(String label, String text, int depth) {
            OdfWhitespaceProcessor.appendText(paragraph(OdtStyles.body(depth)), label + text);
        }

        @Override
        public void table(Table table, int depth) {
            caption(table.caption());
            tables.table(table.header(), table.rows(), table.widthFractions(), false);
        }

        @Override
        public void signatureTable(SignatureTable table, int depth) {
            caption(table.caption());
            List<List<String>> rows = table.signatories().stream()
                    .map(s -> List.of(s.title(), s.name(), "")).toList();
            tables.table(SignatureTable.HEADER, rows, new double[] {0.35, 0.25, 0.40}, true);
        }

        @Override
        public void image(Image image, int depth) {
            Optional<ImageSize> fitted = ImageSize.of(image, (CONTENT_WIDTH_CM - depth * OdtStyles.INDENT_CM) / 2.54 * 72);
            if (fitted.isEmpty()) {
                paragraph(ImageSize.placeholder(image), depth);
                return;
            }
            ImageSize size = fitted.get();
            String path = "Pictures/image" + (++images) + "." + image.extension();
            odt.getPackage().insert(image.data(), path, image.mimeType());
            TextPElement p = paragraph(OdtStyles.body(depth));
            DrawFrameElement frame = p.newDrawFrameElement();
            frame.setAttributeNS(OdfStyleNames.TEXT, "text:anchor-type", "as-char");
            frame.setAttributeNS("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", "draw:name", "Image" + images);
            frame.setSvgWidthAttribute(OdtStyles.cm(size.widthPt() / 72 * 2.54));
            frame.setSvgHeightAttribute(OdtStyles.cm(size.heightPt() / 72 * 2.54));
            DrawImageElement picture = frame.newDrawImageElement();
            picture.setAttributeNS(OdfStyleNames.XLINK, "xlink:href", path);
            picture.setAttributeNS(OdfStyleNames.XLINK, "xlink:type", "simple");
            picture.setAttributeNS(OdfStyleNames.XLINK, "xlink:show", "embed");
            picture.setAttributeNS(OdfStyleNames.XLINK, "xlink:actuate", "onLoad");
            frame.newSvgTitleElement().setTextContent(image.altText());
            frame.newSvgDescElement().setTextContent(image.altText());
        }

        private void caption(String caption) {
            if (caption != null) {
                paragraph(OdtStyles.CAPTION).setTextContent(caption);
            }
        }

        private static void strong(Element parent, String value) {
            TextSpanElement span = ((TextPElement) parent).newTextSpanElement();
            span.setTextStyleNameAttribute(OdtStyles.STRONG);
            span.setTextContent(value);
        }
    }
}
