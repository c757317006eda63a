package tw.mainstream.importing.parse;

import java.util.regex.Pattern;

/**
 * Undoes letter spacing: text extracted from some PDFs, and headings typed to look wide (報 告 事 項), put a
 * space between every character. When most of a line's words are single ideographs, the spaces next to an
 * ideograph or a full-width mark are dropped (時 間 :99 年 1 月 → 時間:99年1月); spaces between two words of
 * Latin letters or digits stay.
 */
final class LetterSpacing {
    /** Fewest space-separated words a letter-spaced line has: 報 告 事 項. */
    private static final int MIN_WORDS = 4;
    private static final Pattern SINGLE = Pattern.compile("^\\p{IsHan}[:：,，、。]?$");
    private static final Pattern SPACE_BY_IDEOGRAPH = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}:,()/])\\s(?![A-Za-z])"
                    + "|(?<![A-Za-z])\\s(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}:,()/])");

    private LetterSpacing() {
    }

    static String collapse(String line) {
        if (line.length() < MIN_WORDS * 2 - 1 || line.indexOf(' ') < 0) {
            return line;
        }
        String[] words = line.split(" ");
        if (words.length < MIN_WORDS) {
            return line;
        }
        int single = 0;
        for (String w : words) {
            if (SINGLE.matcher(w).matches()) {
                single++;
            }
        }
        return single * 2 > words.length ? SPACE_BY_IDEOGRAPH.matcher(line).replaceAll("") : line;
    }
}
