package tw.mainstream.importing.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of a PDF's text layer in reading order, each with its page and where it starts and ends on the
 * line, so wrapped lines and page furniture can be recognised. A wide gap inside a line (between the cells of
 * a table row, a label and its value) is written as a tab.
 */
final class PdfLines extends PDFTextStripper {
    /** One line: its page (1-based), its text, its left and right x and its font size. */
    record PdfLine(int page, String text, float start, float end, float em) {
    }

    /** A gap wider than this many font sizes separates cells. */
    private static final float CELL_GAP = 2.0f;

    private final List<PdfLine> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int page;
    private float start = Float.NaN;
    private float end;
    private float em;

    PdfLines() throws IOException {
        setSortByPosition(true);
        setLineSeparator("\n");
    }

    List<PdfLine> lines() {
        return lines;
    }

    @Override
    protected void startPage(PDPage pdPage) throws IOException {
        page++;
        super.startPage(pdPage);
    }

    @Override
    protected void endPage(PDPage pdPage) throws IOException {
        flush();
        super.endPage(pdPage);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        if (!positions.isEmpty()) {
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float size = Math.max(first.getFontSizeInPt(), first.getWidthDirAdj());
            if (size > 0) {
                em = Math.max(em, size);
            }
            if (Float.isNaN(start)) {
                start = first.getXDirAdj();
            } else if (em > 0 && first.getXDirAdj() - end > CELL_GAP * em) {
                int length = current.length();
                while (length > 0 && current.charAt(length - 1) == ' ') {
                    length--;
                }
                current.setLength(length);
                current.append('\t');
            }
            end = Math.max(end, last.getXDirAdj() + last.getWidthDirAdj());
        }
        current.append(text);
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    private void flush() {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            lines.add(new PdfLine(page, text, Float.isNaN(start) ? 0 : start, end, em));
        }
        current.setLength(0);
        start = Float.NaN;
        end = 0;
        em = 0;
    }
}
