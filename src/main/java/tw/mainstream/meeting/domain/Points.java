package tw.mainstream.meeting.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Text written as points: one point per line; a line indented (two spaces or a tab) is a sub-point
 * of the line above. Numbering is added on output, so users never type 一、 or (一).
 */
public final class Points {

    /** One line of text with its depth below the point's base level, and the generated label. */
    public record Point(int depth, String label, String text) {
    }

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
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        boolean single = lines.size() == 1;
        int[] counters = new int[8];
        for (String line : lines) {
            int depth = Math.min(depthOf(line), 3);
            counters[depth]++;
            for (int d = depth + 1; d < counters.length; d++) {
                counters[d] = 0;
            }
            String label = single ? "" : Numbering.label(Math.min(baseLevel + depth, 4), counters[depth]);
            result.add(new Point(depth, label, line.strip()));
        }
        return result;
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
