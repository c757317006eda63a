package tw.mainstream.search.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits what a user typed into terms: whitespace separates terms, a quoted stretch ("…", “…”,
 * 「…」) is one term with its spaces, a leading '-' excludes a term. There are no syntax errors:
 * an unclosed quote is ignored and every other character is plain text.
 */
final class QueryTextParser {

    static final int MAX_TERMS = 16;

    record Clause(String text, boolean excluded) {
    }

    private QueryTextParser() {
    }

    static List<Clause> parse(String input) {
        List<Clause> clauses = new ArrayList<>();
        int i = 0;
        int n = input.length();
        while (i < n && clauses.size() < MAX_TERMS) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = c == '-' && i + 1 < n && !Character.isWhitespace(input.charAt(i + 1));
            int start = excluded ? i + 1 : i;
            char close = closingQuote(input.charAt(start));
            int end = close == 0 ? -1 : input.indexOf(close, start + 1);
            if (end > 0) {
                add(clauses, input.substring(start + 1, end), excluded);
                i = end + 1;
            } else {
                int stop = start;
                while (stop < n && !Character.isWhitespace(input.charAt(stop))) {
                    stop++;
                }
                String word = input.substring(start, stop);
                add(clauses, close == 0 ? word : word.substring(1), excluded);
                i = stop;
            }
        }
        return clauses;
    }

    private static void add(List<Clause> clauses, String text, boolean excluded) {
        if (!text.isBlank()) {
            clauses.add(new Clause(text, excluded));
        }
    }

    private static char closingQuote(char open) {
        return switch (open) {
            case '"' -> '"';
            case '“' -> '”';
            case '「' -> '」';
            case '『' -> '』';
            default -> 0;
        };
    }
}
