package tw.mainstream.meeting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text written as points: one point per line; a line indented (two spaces or a tab) is a sub-point
 * of the line above. Numbering is added on output, so users need not type 一、 or (一); numbers
 * typed or pasted at the start of lines (壹、 一、 (一) 1. (1), full- or half-width) are recognised:
 * they are taken off the text, never printed twice, and give the depth of the line by their kind.
 */
public final class Points {

    /** One line of text with its depth below the point's base level, and the generated label. */
    public record Point(int depth, String label, String text) {
    }

    /** Typed numbers by outline rank: 壹、 一、 (一) 1. (1). */
    private static final List<Pattern> MARKERS = List.of(
            Pattern.compile("^[壹貳參肆伍陸柒捌玖拾佰]+[、]\\s*"),
            Pattern.compile("^[一二三四五六七八九十百]+[、]\\s*"),
            Pattern.compile("^[(（]\\s*[一二三四五六七八九十百]+\\s*[)）][、]?\\s*"),
            Pattern.compile("^[0-9０-９]+\\s*[.．、](?![0-9０-９])\\s*"),
            Pattern.compile("^[(（]\\s*[0-9０-９]+\\s*[)）][、]?\\s*"));

    private Points() {
    }

    /**
     * Numbers the points from {@code baseLevel} (see {@link Numbering}). A single line without
     * sub-points gets no number, as in the minutes (「委員意見：有關…」).
     */
    public static List<Point> number(String text, int baseLevel) {
        List<Point> result = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return result;
        }
        List<Line> lines = lines(text);
        boolean single = lines.size() == 1;
        int[] counters = new int[8];
        for (Line line : lines) {
            int depth = Math.min(line.depth(), 3);
            counters[depth]++;
            for (int d = depth + 1; d < counters.length; d++) {
                counters[d] = 0;
            }
            String label = single ? "" : Numbering.label(Math.min(baseLevel + depth, 4), counters[depth]);
            result.add(new Point(depth, label, line.text()));
        }
        return result;
    }

    private record Line(int depth, String text) {
    }

    /**
     * The points of the text: when lines start with typed numbers, their kind gives the depth (the
     * highest kind used is depth 0) and a line without a number continues the point above it;
     * otherwise indentation does.
     */
    private static List<Line> lines(String text) {
        List<String> raw = text.lines().filter(l -> !l.isBlank()).toList();
        int top = Integer.MAX_VALUE;
        for (String line : raw) {
            top = Math.min(top, rank(line.strip()));
        }
        List<Line> result = new ArrayList<>();
        for (String line : raw) {
            String stripped = line.strip();
            if (top == Integer.MAX_VALUE) {
                result.add(new Line(depthOf(line), stripped));
                continue;
            }
            int rank = rank(stripped);
            if (rank == Integer.MAX_VALUE && !result.isEmpty()) {
                Line last = result.remove(result.size() - 1);
                result.add(new Line(last.depth(), last.text() + "\n" + stripped));
            } else if (rank == Integer.MAX_VALUE) {
                result.add(new Line(0, stripped));
            } else {
                Matcher m = MARKERS.get(rank).matcher(stripped);
                m.find();
                String rest = stripped.substring(m.end()).strip();
                result.add(new Line(rank - top, rest.isEmpty() ? stripped : rest));
            }
        }
        return result;
    }

    /** The outline rank of the number the line starts with (0 for 壹、), or MAX_VALUE when it has none. */
    private static int rank(String line) {
        for (int r = 0; r < MARKERS.size(); r++) {
            if (MARKERS.get(r).matcher(line).find()) {
                return r;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int depthOf(String line) {
        int spaces = 0;
        for (char c : line.toCharArray()) {
            if (c == '\t') {
                spaces += 2;
            } else if (c == ' ' || c == '\u3000') {
                spaces++;
            } else {
                break;
            }
        }
        return spaces / 2;
    }
}
