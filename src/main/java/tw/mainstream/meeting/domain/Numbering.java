package tw.mainstream.meeting.domain;

import tw.mainstream.shared.text.OutlineNumbering;
import tw.mainstream.shared.text.OutlineNumbering.Brackets;

/**
 * The outline numbering of minutes, generated from position and depth, never stored:
 * level 0 壹、 level 1 一、 level 2 (一) level 3 1. level 4 (1) — half-width brackets, as the
 * agencies type them in minutes ({@link OutlineNumbering} does the numbering).
 */
public final class Numbering {

    private Numbering() {
    }

    /** The label of the {@code n}-th (1-based) point at {@code level} (0 to 4), with its punctuation. */
    public static String label(int level, int n) {
        if (n < 1 || n > OutlineNumbering.MAX_NUMBER) {
            return n + ".";
        }
        return OutlineNumbering.label(Math.max(0, Math.min(level, 4)) + 1, n, Brackets.HALF_WIDTH);
    }

    /** Lower Chinese numerals without punctuation, e.g. for 「臨時動議一」. */
    public static String lower(int n) {
        return n < 1 || n > OutlineNumbering.MAX_NUMBER ? String.valueOf(n) : OutlineNumbering.plainNumeral(n);
    }
}
