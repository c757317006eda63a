package tw.mainstream.importing.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Text of a Word document: paragraphs and tables in document order, one line per paragraph and per
 * table row (cells separated by tabs). Automatic list numbers are rendered (一、, (一), 1.).
 */
final class DocxTextExtractor {
    private DocxTextExtractor() {
    }

    static String extract(byte[] bytes) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            ListNumbering numbering = new ListNumbering();
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(numbering.prefix(paragraph) + paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        lines.add(rowText(row));
                    }
                }
            }
            return String.join("\n", lines);
        }
    }

    private static String rowText(XWPFTableRow row) {
        List<String> cells = new ArrayList<>();
        for (XWPFTableCell cell : row.getTableCells()) {
            List<String> parts = new ArrayList<>();
            for (XWPFParagraph p : cell.getParagraphs()) {
                if (!p.getText().isBlank()) {
                    parts.add(p.getText().strip());
                }
            }
            cells.add(String.join(" ", parts).replace('\t', ' '));
        }
        return String.join("\t", cells);
    }
}
