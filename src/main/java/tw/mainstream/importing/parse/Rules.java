package tw.mainstream.importing.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words the parser recognises, read from {@code importing/minutes-rules.properties}: header labels,
 * resolution labels, section words and the simplified forms of their characters. Patterns built here
 * accept a label printed with spaces between its characters (主 席) and in simplified characters (时间).
 */
final class Rules {
    private static final Properties RULES = load();
    /** Simplified character → traditional. */
    private static final Map<Character, Character> TRADITIONAL = traditional();

    private Rules() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Rules.class.getResourceAsStream("/importing/minutes-rules.properties")) {
            if (in == null) {
                throw new IllegalStateException("importing/minutes-rules.properties is missing");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Map<Character, Character> traditional() {
        Map<Character, Character> map = new HashMap<>();
        for (String pair : RULES.getProperty("simplified", "").trim().split("\\s+")) {
            if (pair.length() == 2 && pair.charAt(0) != pair.charAt(1)) {
                map.put(pair.charAt(1), pair.charAt(0));
            }
        }
        return map;
    }

    /** A comma-separated list. */
    static List<String> list(String key) {
        String value = RULES.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("importing/minutes-rules.properties has no " + key);
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A regular expression's source, with simplified forms allowed. */
    static String words(String key) {
        String value = RULES.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("importing/minutes-rules.properties has no " + key);
        }
        return withSimplified(value.strip(), false);
    }

    /** Like {@link #words}, or null when the key is absent. */
    static String optionalWords(String key) {
        return RULES.getProperty(key) == null ? null : words(key);
    }

    /** A regular expression's source as written, for patterns with character classes of ideographs. */
    static String raw(String key) {
        String value = RULES.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("importing/minutes-rules.properties has no " + key);
        }
        return value.strip();
    }

    /** Longest first, each printed as it may be: spaces between characters, simplified forms. */
    static String alternation(Collection<String> labels) {
        return labels.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(l -> withSimplified(l, true))
                .collect(Collectors.joining("|"));
    }

    /** The label as listed: no spaces, traditional characters. */
    static String canonical(String printed) {
        StringBuilder sb = new StringBuilder(printed.length());
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            if (c == ' ' || c == '\u3000') {
                continue;
            }
            sb.append(TRADITIONAL.getOrDefault(c, c));
        }
        return sb.toString();
    }

    /** Traditional characters in place of the simplified forms listed, same length. */
    static String traditionalForm(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(TRADITIONAL.getOrDefault(c, c));
        }
        return sb.toString();
    }

    /**
     * Each ideograph that has a simplified form becomes a class of both ([時时]); with {@code spaced}, a
     * space may stand between two ideographs. Only plain words are rewritten: the sources here hold
     * ideographs, | ( ) ? : and quoted punctuation, never character classes of ideographs.
     */
    private static String withSimplified(String regex, boolean spaced) {
        Map<Character, Character> simplifiedOf = new HashMap<>();
        TRADITIONAL.forEach((s, t) -> simplifiedOf.put(t, s));
        StringBuilder sb = new StringBuilder();
        boolean escaped = false;
        boolean previousIdeograph = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            boolean ideograph = !escaped && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (spaced && ideograph && previousIdeograph) {
                sb.append("[ \\u3000]?");
            }
            Character s = ideograph ? simplifiedOf.get(c) : null;
            if (s != null) {
                sb.append('[').append(c).append(s).append(']');
            } else if (spaced && !ideograph && !escaped && "()[]{}.*+?^$|\\".indexOf(c) >= 0) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
            escaped = !escaped && c == '\\' && !spaced;
            previousIdeograph = ideograph;
        }
        return sb.toString();
    }
}
