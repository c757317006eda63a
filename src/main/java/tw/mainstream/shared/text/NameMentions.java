package tw.mainstream.shared.text;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Masks where free text mentions known people: the full name (吳嘉麗 → 吳O麗) and the official
 * form with a title between surname and given name (吳委員嘉麗 → 吳委員O麗, 林副署長興春 → 林副署長O春,
 * as {@link NameMasking#withTitle} writes masked names). A title alone (吳委員) stays.
 *
 * <p>People may be known only by their masked name (吳O麗, as some rosters keep them): then a
 * mention is recognised by the visible characters with any ideograph at the masked places, but only
 * next to a title (吳委員嘉麗, 吳嘉麗委員), since the bare three characters could be an ordinary word.
 * Titles are a list of common ones plus those {@link #addTitle added} (the roster's and the
 * meeting's); one-character given names are only taken with a title when no ideograph follows
 * (王委員明。 but not 王委員明確).
 */
public final class NameMentions {

    /** Titles written with names in government minutes (the data list {@link GovernmentTitles}). */
    public static final List<String> COMMON_TITLES = GovernmentTitles.ALL;

    private static final Pattern HIDDEN = Pattern.compile("[O○Ｏ〇＊*]");
    private static final String HAN = "\\p{IsHan}";

    private final NameMasking.Style style;
    private final Map<String, Boolean> people = new LinkedHashMap<>();
    private final Set<String> titles = new LinkedHashSet<>(COMMON_TITLES);
    private Map<String, Pattern> patterns;

    public NameMentions(NameMasking.Style style) {
        this.style = style;
    }

    /** A person to look for; names in Latin letters or of one character are ignored. */
    public NameMentions addPerson(String name) {
        if (name == null) {
            return this;
        }
        String n = name.strip();
        if (n.length() < 2 || !Character.isIdeographic(n.codePointAt(0))) {
            return this;
        }
        String given = n.substring(NameMasking.surname(n).length());
        if (given.isEmpty() || given.codePoints().anyMatch(c -> !Character.isIdeographic(c) && !HIDDEN.matcher(
                Character.toString(c)).matches())) {
            return this;
        }
        boolean masked = HIDDEN.matcher(given).find();
        if (masked && HIDDEN.matcher(given).replaceAll("").isEmpty()) {
            return this; // 陳OO: nothing left to recognise a mention by
        }
        if (people.putIfAbsent(n, masked) == null) {
            patterns = null;
        }
        return this;
    }

    /** A title to recognise between surname and given name (副署長, 組長 …). */
    public NameMentions addTitle(String title) {
        if (title != null && !title.isBlank() && title.strip().codePoints().allMatch(Character::isIdeographic)
                && titles.add(title.strip())) {
            patterns = null;
        }
        return this;
    }

    public boolean isEmpty() {
        return people.isEmpty();
    }

    /** The text with every mention of a known person masked; null stays null. */
    public String mask(String text) {
        if (text == null || text.isEmpty() || people.isEmpty()) {
            return text;
        }
        String out = text;
        for (Map.Entry<String, Pattern> e : patterns().entrySet()) {
            String surname = NameMasking.surname(e.getKey());
            Matcher m = e.getValue().matcher(out);
            if (!m.find()) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            do {
                String title = m.group("t");
                String given = title != null ? m.group("g") : m.group("b");
                String maskedGiven = NameMasking.mask(surname + given, style).substring(surname.length());
                m.appendReplacement(sb, Matcher.quoteReplacement(surname + (title == null ? "" : title) + maskedGiven));
            } while (m.find());
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    /**
     * One pattern per person, longest names first (王明華 before 王明), keyed by the name: groups
     * t (title in the middle) and g (given name after it), or b (given name right after the
     * surname; for masked names only with a title before or after).
     */
    private Map<String, Pattern> patterns() {
        if (patterns != null) {
            return patterns;
        }
        String t = titles.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Map<String, Pattern> result = new LinkedHashMap<>();
        people.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Boolean> e) -> e.getKey().length()).reversed())
                .forEach(e -> {
                    String name = e.getKey();
                    String surname = NameMasking.surname(name);
                    String given = name.substring(surname.length());
                    StringBuilder g = new StringBuilder();
                    given.codePoints().forEach(c -> g.append(HIDDEN.matcher(Character.toString(c)).matches() ? HAN
                            : Pattern.quote(Character.toString(c))));
                    String single = given.length() == 1 ? "(?!" + HAN + ")" : "";
                    String titled = "(?<t>" + t + ")(?<g>" + g + ")" + single;
                    String s = Pattern.quote(surname);
                    // a masked name is only recognised next to a title: 吳嘉麗委員, 委員吳嘉麗
                    String next = e.getValue() ? "(?:(?<=(?:" + t + ")" + s + ")|(?=" + g + "(?:" + t + ")))" : "";
                    String regex = s + "(?:" + titled + "|" + next + "(?<b>" + g + "))";
                    result.put(name, Pattern.compile(regex));
                });
        patterns = result;
        return result;
    }
}
