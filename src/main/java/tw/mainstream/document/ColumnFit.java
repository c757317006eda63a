package tw.mainstream.document;

import java.util.List;

/**
 * Column widths fitted to the content, as a browser lays out an automatic table: every column gets
 * at least its header and its longest unbreakable run (a date 104/10/12, a number), so that dates
 * do not wrap and 「是否解列」 is not stacked one character per line; the rest of the line goes to
 * the columns with more text. Widths are estimated in em of the body font: a CJK character is one
 * em, other characters about half.
 */
final class ColumnFit {

    /** The text width of an A4 page with 2 cm margins at 12 pt, in em. */
    static final double LINE_EM = 40;
    /** Cell padding and border, left and right together. */
    private static final double PADDING_EM = 0.8;

    private ColumnFit() {
    }

    static double[] fractions(List<String> header, List<List<String>> rows) {
        int n = header.size();
        double[] least = new double[n];
        double[] wanted = new double[n];
        for (int c = 0; c < n; c++) {
            least[c] = width(header.get(c)) + PADDING_EM;
            wanted[c] = least[c];
            for (List<String> row : rows) {
                String cell = row.get(c);
                least[c] = Math.max(least[c], longestRun(cell) + PADDING_EM);
                for (String line : cell.split("\n")) {
                    wanted[c] = Math.max(wanted[c], width(line) + PADDING_EM);
                }
            }
        }
        double sumLeast = sum(least);
        double sumWanted = sum(wanted);
        double[] widths = new double[n];
        if (sumWanted <= LINE_EM || sumLeast >= LINE_EM) {
            System.arraycopy(sumWanted <= LINE_EM ? wanted : least, 0, widths, 0, n);
        } else {
            double spare = LINE_EM - sumLeast;
            for (int c = 0; c < n; c++) {
                widths[c] = least[c] + spare * (wanted[c] - least[c]) / (sumWanted - sumLeast);
            }
        }
        double total = sum(widths);
        for (int c = 0; c < n; c++) {
            widths[c] /= total;
        }
        return widths;
    }

    /** The estimated width of a text on one line, in em. */
    static double width(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += wide(text.charAt(i)) ? 1 : 0.55;
        }
        return em;
    }

    /** The widest run that cannot break: letters, digits and their punctuation between spaces or CJK. */
    private static double longestRun(String text) {
        double longest = 0;
        double run = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (wide(ch) || Character.isWhitespace(ch)) {
                longest = Math.max(longest, run);
                run = 0;
            } else {
                run += 0.55;
            }
        }
        return Math.max(longest, run);
    }

    private static boolean wide(char ch) {
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN
                || (ch >= 0x3000 && ch <= 0x30FF) || (ch >= 0xFF01 && ch <= 0xFF60);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        return total;
    }
}
