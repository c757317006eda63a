package tw.mainstream.shared.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Common Taiwanese government titles (職稱) and forms of address, kept as data in
 * {@code text/government-titles.txt}: 專門委員, 科長, 技正, 教授, 理事長, 先生 …
 */
public final class GovernmentTitles {

    /** Every title of the list, longest first (主任秘書 before 秘書). */
    public static final List<String> ALL = load();

    private GovernmentTitles() {
    }

    /** The list's titles and {@code extra} ones (the roster's), longest first, without blanks or duplicates. */
    public static List<String> with(Collection<String> extra) {
        if (extra == null || extra.isEmpty()) {
            return ALL;
        }
        Set<String> all = new LinkedHashSet<>(ALL);
        extra.stream().filter(t -> t != null && !t.isBlank()).map(String::strip)
                .filter(t -> t.codePoints().allMatch(Character::isIdeographic)).forEach(all::add);
        return longestFirst(all);
    }

    private static List<String> load() {
        try (InputStream in = GovernmentTitles.class.getResourceAsStream("/text/government-titles.txt")) {
            if (in == null) {
                throw new IllegalStateException("text/government-titles.txt is missing");
            }
            Set<String> titles = new LinkedHashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(titles::add);
            return longestFirst(titles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> longestFirst(Collection<String> titles) {
        return titles.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
