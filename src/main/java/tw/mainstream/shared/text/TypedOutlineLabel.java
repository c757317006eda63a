package tw.mainstream.shared.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the outline label a user typed at the start of a line (壹、 一、 (一) （一） 1. 1、 (1) （1）)
 * so that generated numbering replaces it instead of being written in front of it.
 */
public final class TypedOutlineLabel {

    /** The typed label's outline level (1 to 5, as {@link OutlineNumbering}) and the text after it. */
    public record Labelled(int level, String text) {
    }

    private static final String FORMAL = "[壹貳參叁肆伍陸柒捌玖拾佰]+";
    private static final String PLAIN = "[一二三四五六七八九十百零〇]+";
    private static final String DIGITS = "[0-9０-９]+";
    private static final List<Pattern> LEVELS = List.of(
            Pattern.compile("^" + FORMAL + "[、，,]\\s*(.*)$", Pattern.DOTALL),
            Pattern.compile("^" + PLAIN + "[、，,]\\s*(.*)$", Pattern.DOTALL),
            Pattern.compile("^[(（]" + PLAIN + "[)）][、，,]?\\s*(.*)$", Pattern.DOTALL),
            Pattern.compile("^" + DIGITS + "(?:[.．、](?![0-9０-９]))\\s*(.*)$", Pattern.DOTALL),
            Pattern.compile("^[(（]" + DIGITS + "[)）][、，,]?\\s*(.*)$", Pattern.DOTALL));

    private TypedOutlineLabel() {
    }

    /** The label typed at the start of {@code line} (leading spaces ignored), if any. */
    public static Optional<Labelled> read(String line) {
        String s = line == null ? "" : line.strip();
        for (int i = 0; i < LEVELS.size(); i++) {
            Matcher m = LEVELS.get(i).matcher(s);
            if (m.matches() && !m.group(1).isBlank()) {
                return Optional.of(new Labelled(i + 1, m.group(1).strip()));
            }
        }
        return Optional.empty();
    }
}
