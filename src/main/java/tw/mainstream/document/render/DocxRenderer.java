package tw.mainstream.document.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import tw.mainstream.document.HeaderField;
import tw.mainstream.document.Image;
import tw.mainstream.document.OfficialDocument;
import tw.mainstream.document.Paragraph;
import tw.mainstream.document.Section;
import tw.mainstream.document.SignatureTable;
import tw.mainstream.document.Table;

/**
 * DOCX through Apache POI: A4, heading styles by outline level, real bordered tables with a
 * repeated header row, Noto Sans TC set per run for the East Asian range.
 */
public final class DocxRenderer {

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN;
    private static final int INDENT_PER_DEPTH = 360;
    /** Left and right cell padding in twips (0.1 cm, as in the ODT). */
    private static final int CELL_PADDING = 57;

    public byte[] render(OfficialDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(document, out);
        return out.toByteArray();
    }

    public void render(OfficialDocument document, OutputStream out) {
        try (XWPFDocument docx = new XWPFDocument()) {
            DocxStyles.install(docx);
            pageSetup(docx);
            docx.getProperties().getCoreProperties().setTitle(document.title());
            Writer writer = new Writer(docx);
            writer.header(document);
            BlockWalker.walk(document, writer);
            if (document.footer() != null) {
                XWPFParagraph footer = docx.createParagraph();
                footer.setAlignment(ParagraphAlignment.RIGHT);
                run(footer, document.footer(), false);
            }
            docx.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("DOCX rendering failed", e);
        }
    }

    private static void pageSetup(XWPFDocument docx) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(A4_WIDTH));
        section.getPgSz().setH(BigInteger.valueOf(A4_HEIGHT));
        var margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }

    /** Adds a run with Noto Sans TC for every character range; line breaks become breaks. */
    static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(DocxStyles.FONT, FontCharRange.eastAsia);
        run.setFontFamily(DocxStyles.FONT, FontCharRange.ascii);
        run.setFontFamily(DocxStyles.FONT, FontCharRange.hAnsi);
        run.setLang("zh-TW");
        if (bold) {
            run.setBold(true);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    private static final class Writer implements BlockVisitor {
        private final XWPFDocument docx;

        Writer(XWPFDocument docx) {
            this.docx = docx;
        }

        void header(OfficialDocument document) {
            for (String line : document.titleLines()) {
                XWPFParagraph title = docx.createParagraph();
                title.setStyle(DocxStyles.TITLE);
                run(title, line, true);
            }
            for (HeaderField field : document.headerFields()) {
                XWPFParagraph paragraph = docx.createParagraph();
                run(paragraph, field.label() + "：", true);
                run(paragraph, field.value(), false);
            }
        }

        @Override
        public void startSection(Section section, int level, String label) {
            XWPFParagraph heading = docx.createParagraph();
            heading.setStyle(DocxStyles.heading(level));
            indent(heading, level - 1);
            run(heading, label + section.heading(), level == 1);
        }

        @Override
        public void endSection(Section section, int level) {
        }

        @Override
        public void paragraph(Paragraph paragraph, int depth) {
            XWPFParagraph p = docx.createParagraph();
            indent(p, depth);
            if (paragraph.lead() != null) {
                run(p, paragraph.lead(), true);
            }
            if (!paragraph.text().isEmpty()) {
                run(p, paragraph.text(), false);
            }
        }

        @Override
        public void point(String label, String text, int depth) {
            XWPFParagraph p = docx.createParagraph();
            indent(p, depth);
            run(p, label + text, false);
        }

        @Override
        public void table(Table table, int depth) {
            XWPFTable t = newTable(table.caption(), table.header(), table.rows().size(), table.widthFractions());
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> cells = table.rows().get(r);
                XWPFTableRow row = t.getRow(r + 1);
                for (int c = 0; c < cells.size(); c++) {
                    cellText(row.getCell(c), cells.get(c), false);
                }
            }
        }

        @Override
        public void signatureTable(SignatureTable table, int depth) {
            XWPFTable t = newTable(table.caption(), SignatureTable.HEADER, table.signatories().size(),
                    new double[] {0.35, 0.25, 0.40});
            for (int r = 0; r < table.signatories().size(); r++) {
                SignatureTable.Signatory signatory = table.signatories().get(r);
                XWPFTableRow row = t.getRow(r + 1);
                row.setHeight(700);
                cellText(row.getCell(0), signatory.title(), false);
                cellText(row.getCell(1), signatory.name(), false);
            }
        }

        @Override
        public void image(Image image, int depth) {
            Optional<ImageSize> fitted = ImageSize.of(image, CONTENT_WIDTH / 20.0 - depth * INDENT_PER_DEPTH / 20.0);
            if (fitted.isEmpty()) {
                paragraph(ImageSize.placeholder(image), depth);
                return;
            }
            ImageSize size = fitted.get();
            XWPFParagraph p = docx.createParagraph();
            indent(p, depth);
            XWPFRun run = p.createRun();
            PictureType type = image.mimeType().equals("image/png") ? PictureType.PNG : PictureType.JPEG;
            try {
                XWPFPicture picture = run.addPicture(new ByteArrayInputStream(image.data()), type,
                        "image." + image.extension(), Units.toEMU(size.widthPt()), Units.toEMU(size.heightPt()));
                picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(image.altText());
                run.getCTR().getDrawingArray(0).getInlineArray(0).getDocPr().setDescr(image.altText());
            } catch (IOException | InvalidFormatException e) {
                throw new IllegalArgumentException("Cannot embed image: " + image.altText(), e);
            }
        }

        private XWPFTable newTable(String caption, List<String> header, int rows, double[] widths) {
            if (caption != null) {
                XWPFParagraph p = docx.createParagraph();
                p.setStyle(DocxStyles.CAPTION);
                run(p, caption, true);
            }
            XWPFTable table = docx.createTable(rows + 1, header.size());
            table.setWidth("100%");
            if (caption != null) {
                table.getCTTbl().getTblPr().addNewTblCaption().setVal(caption);
            }
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            for (int c = 0; c < header.size(); c++) {
                cellText(head.getCell(c), header.get(c), true);
                head.getCell(c).setColor("EEEEEE");
                head.getCell(c).getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
            }
            table.setCellMargins(CELL_PADDING / 2, CELL_PADDING, CELL_PADDING / 2, CELL_PADDING);
            var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (double width : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(width * CONTENT_WIDTH)));
            }
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c < widths.length; c++) {
                    table.getRow(r).getCell(c).setWidth(String.valueOf(Math.round(widths[c] * CONTENT_WIDTH)));
                }
            }
            return table;
        }

        private static void cellText(XWPFTableCell cell, String text, boolean bold) {
            if (!text.isEmpty()) {
                run(cell.getParagraphs().get(0), text, bold);
            }
        }

        private static void indent(XWPFParagraph paragraph, int depth) {
            if (depth > 0) {
                paragraph.setIndentationLeft(depth * INDENT_PER_DEPTH);
            }
        }
    }
}
