package tw.mainstream.importing.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins lines that continue the previous one (a sentence wrapped by a PDF or a narrow page, the second
 * line of a place): an unmarked, unbulleted text line after a line that does not end its clause. Lines
 * before the first header field (title, agency) are never joined.
 */
final class LineJoiner {
    /** Shortest heading or field line that can have wrapped; shorter ones were ended on purpose. */
    private static final int MIN_WRAPPED_LENGTH = 20;

    /** A line that starts with a short label and a colon (議程確認：…) begins a field of its own. */
    private static final java.util.regex.Pattern LABELLED = java.util.regex.Pattern.compile("^\\p{IsHan}{2,8}\\s*[:：]");

    private LineJoiner() {
    }

    static List<Line> join(List<Line> lines) {
        List<Line> out = new ArrayList<>();
        boolean headerSeen = false;
        int previous = -1;
        for (Line line : lines) {
            if (line.kind() == LineKind.HEADER || line.kind() == LineKind.SECTION) {
                headerSeen = true;
            }
            if (line.kind() == LineKind.BLANK) {
                out.add(line);
                continue;
            }
            if (headerSeen && previous >= 0 && continues(out.get(previous), line)) {
                Line p = out.get(previous);
                out.set(previous, p.withContent(p.content() + line.text(), p.text() + line.text()));
                continue;
            }
            out.add(line);
            previous = out.size() - 1;
        }
        return out.stream().filter(l -> l.kind() != LineKind.BLANK).toList();
    }

    /** 四年級導師王小明報告： — a heading of its own, even after a line that does not end its clause. */
    private static boolean reportHeading(String text) {
        return (text.endsWith(":") || text.endsWith("：")) && Labels.REPORT_HEADING.matcher(text).matches();
    }

    private static final int SHORT_ENTRY = 12;
    private static final int SHORT_HEADING = 10;
    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[，,。、；;：:！!？?「」()（）]");

    /** A short line without punctuation: a name with a title, an entry of a list. */
    private static boolean shortEntry(String text) {
        return text.length() <= SHORT_ENTRY && !PUNCTUATION.matcher(text).find();
    }

    private static boolean continues(Line previous, Line line) {
        if (line.kind() != LineKind.TEXT || line.marked() || line.bulleted()) {
            return false;
        }
        if (LineClassifier.endsClause(previous.text()) || previous.content().isEmpty()
                || LABELLED.matcher(line.text()).find() || reportHeading(line.text())) {
            return false;
        }
        if (previous.kind() == LineKind.TEXT && !previous.marked() && previous.text().length() <= SHORT_HEADING
                && Labels.REPORT_HEADING.matcher(previous.text()).matches()) {
            // 財務報告 alone on its line: a heading, the text below is under it
            return false;
        }
        if (previous.kind() == LineKind.TEXT && shortEntry(previous.text()) && shortEntry(line.text())) {
            // 蔡副院長其昌 / 秘書長林志嘉: entries of a list of names, not a sentence wrapped
            return false;
        }
        return switch (previous.kind()) {
            case TEXT, SPEAKER, RESOLUTION -> !previous.marked() || previous.text().length() >= MIN_WRAPPED_LENGTH;
            case HEADER, FIELD -> previous.text().length() >= MIN_WRAPPED_LENGTH
                    || line.text().startsWith("(") || line.text().startsWith("（");
            default -> false;
        };
    }
}
