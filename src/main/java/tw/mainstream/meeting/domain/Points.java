package tw.mainstream.meeting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tw.mainstream.shared.text.TypedOutlineLabel;
import tw.mainstream.shared.text.TypedOutlineLabel.Labelled;

/**
 * Text written as points: one point per line; a line indented (two spaces or a tab) is a sub-point
 * of the line above. Numbering is added on output; a label the user typed anyway (一、 (一) 1.)
 * is recognised, removed and its level used, so numbers are never doubled.
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
        List<Optional<Labelled>> typed = lines.stream().map(TypedOutlineLabel::read).toList();
        int topTyped = typed.stream().flatMap(Optional::stream).mapToInt(Labelled::level).min().orElse(0);
        boolean single = lines.size() == 1;
        int[] counters = new int[8];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<Labelled> label = typed.get(i);
            int depth = Math.min(label.map(l -> l.level() - topTyped).orElse(depthOf(line)), 3);
            counters[depth]++;
            for (int d = depth + 1; d < counters.length; d++) {
                counters[d] = 0;
            }
            String generated = single ? "" : Numbering.label(Math.min(baseLevel + depth, 4), counters[depth]);
            result.add(new Point(depth, generated, label.map(Labelled::text).orElse(line.strip())));
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
