package tw.mainstream.importing.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tw.mainstream.importing.extract.PdfLines.PdfLine;

/**
 * Undoes what a page does to a text: drops page numbers (第 1 頁／共 3 頁, - 2 -, 3/5) and the header or footer
 * lines repeated on the pages, then joins each line that runs to the right edge of the text with the next one,
 * across page breaks too (a paragraph wrapped by the page width).
 */
final class PdfLayout {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:第\\s*\\d+\\s*頁(?:\\s*[／/，,、]?\\s*共\\s*\\d+\\s*頁)?|共\\s*\\d+\\s*頁\\s*[，,、]?\\s*第\\s*\\d+\\s*頁"
                    + "|[-－—–]?\\s*\\d{1,3}\\s*[-－—–]?|\\d{1,3}\\s*/\\s*\\d{1,3}|(?:page|頁次)\\s*[:：]?\\s*\\d+(?:\\s*(?:of|/)\\s*\\d+)?)$",
            Pattern.CASE_INSENSITIVE);
    /** How many lines at the top and at the bottom of a page can be header or footer. */
    private static final int EDGE_LINES = 2;
    /** A line ending within this many font sizes of the right edge ran to the edge. */
    private static final float FULL_SLACK = 1.0f;
    /** The next line starts a paragraph of its own: a list number or a short label with a colon. */
    private static final Pattern OWN_START = Pattern.compile(
            "^(?:[一二三四五六七八九十壹貳參肆伍陸柒捌玖拾]{1,3}[、．]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}[.、．]\\D"
                    + "|\\p{IsHan}{1,8}\\s*[:：])");
    /** Fewest lines that must end at the right edge before lines are taken as wrapped there. */
    private static final int MIN_LINES_AT_EDGE = 3;
    private static final String NO_LINE_START = "，。、；：！？」』）)〉》,.;:!?";
    private static final String NO_LINE_END = "「『（(〈《";
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：:!?;」）)]$");

    private PdfLayout() {
    }

    static String text(List<PdfLine> lines) {
        List<PdfLine> body = withoutFurniture(lines);
        float left = Float.MAX_VALUE;
        for (PdfLine line : body) {
            left = Math.min(left, line.start());
        }
        float right = rightEdge(body, left);
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < body.size(); i++) {
            PdfLine line = body.get(i);
            append(paragraph, line.text());
            boolean wraps = i + 1 < body.size() && line.em() > 0 && !centred(line, left, right)
                    && line.end() >= right - line.em() * (FULL_SLACK + firstWordWidth(body.get(i + 1).text()))
                    && !(SENTENCE_END.matcher(line.text()).find() && OWN_START.matcher(body.get(i + 1).text()).find());
            if (!wraps) {
                out.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }
        return String.join("\n", out);
    }

    /**
     * The right edge of the text: where the long lines end, leaving out the few that reach further (a comma or
     * full stop hung into the margin); none when fewer than three lines end there.
     */
    private static float rightEdge(List<PdfLine> lines, float left) {
        if (lines.isEmpty()) {
            return Float.MAX_VALUE;
        }
        float max = 0;
        for (PdfLine line : lines) {
            max = Math.max(max, line.end());
        }
        float threshold = left + 0.75f * (max - left);
        List<Float> ends = new ArrayList<>();
        for (PdfLine line : lines) {
            if (line.end() >= threshold) {
                ends.add(line.end());
            }
        }
        ends.sort(null);
        float right = ends.get(ends.size() - 1 - ends.size() / 10);
        float em = lines.stream().map(PdfLine::em).max(Float::compare).orElse(0f);
        long atEdge = ends.stream().filter(e -> e >= right - FULL_SLACK * em).count();
        // lines that all end short of where the others end are no edge: nothing was wrapped
        return atEdge >= MIN_LINES_AT_EDGE ? right : Float.MAX_VALUE;
    }

    /** A title or heading centred on the page, with as much room on its left as on its right. */
    private static boolean centred(PdfLine line, float left, float right) {
        float before = line.start() - left;
        float after = right - line.end();
        return before > 2 * line.em() && Math.abs(before - after) < line.em();
    }

    /**
     * The width, in font sizes, of what the next line starts with that could not be broken: a number or Latin word
     * (half a font size a character), else one CJK character. It did not fit at the end of the line before.
     */
    private static float firstWordWidth(String next) {
        int n = 0;
        while (n < next.length() && next.charAt(n) > ' ' && next.charAt(n) < 0x7F) {
            n++;
        }
        if (n > 0) {
            return 0.55f * n;
        }
        // a character that may not start a line (，。、」）) took the one before it along
        boolean pair = next.length() > 1 && (NO_LINE_START.indexOf(next.charAt(1)) >= 0
                || NO_LINE_END.indexOf(next.charAt(0)) >= 0);
        return pair ? 2f : 1f;
    }

    /**
     * Joins a wrapped line: no space between CJK characters, one next to a number or Latin word (the space a
     * line break swallowed: 乙案。 3 請審議, 民國 109 年).
     */
    private static void append(StringBuilder paragraph, String next) {
        if (paragraph.length() > 0 && !next.isEmpty()) {
            char last = paragraph.charAt(paragraph.length() - 1);
            char first = next.charAt(0);
            if (latin(last) || latin(first)) {
                paragraph.append(' ');
            }
        }
        paragraph.append(next);
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    /** The lines without page numbers and without header or footer lines seen on most pages. */
    private static List<PdfLine> withoutFurniture(List<PdfLine> lines) {
        Map<Integer, List<PdfLine>> pages = new HashMap<>();
        for (PdfLine line : lines) {
            pages.computeIfAbsent(line.page(), k -> new ArrayList<>()).add(line);
        }
        Map<String, Integer> edgeCounts = new HashMap<>();
        for (List<PdfLine> page : pages.values()) {
            edges(page).stream().map(PdfLayout::key).distinct().forEach(k -> edgeCounts.merge(k, 1, Integer::sum));
        }
        int repeated = Math.max(2, (pages.size() + 1) / 2);
        List<PdfLine> out = new ArrayList<>();
        java.util.Set<String> dropped = new java.util.HashSet<>();
        for (PdfLine line : lines) {
            List<PdfLine> page = pages.get(line.page());
            boolean edge = edges(page).contains(line);
            // once per page: the body may repeat the header's text (the agency's name above the title)
            boolean furniture = edge && (PAGE_NUMBER.matcher(line.text().strip()).matches()
                    || edgeCounts.getOrDefault(key(line), 0) >= repeated && dropped.add(line.page() + ":" + key(line)));
            if (!furniture) {
                out.add(line);
            }
        }
        return out;
    }

    private static List<PdfLine> edges(List<PdfLine> page) {
        List<PdfLine> out = new ArrayList<>(page.subList(0, Math.min(EDGE_LINES, page.size())));
        for (int i = Math.max(EDGE_LINES, page.size() - EDGE_LINES); i < page.size(); i++) {
            out.add(page.get(i));
        }
        return out;
    }

    /** A header or footer line with its page numbers masked. */
    private static String key(PdfLine line) {
        return line.text().replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }
}
