package tw.mainstream.meeting.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a follow-up entry is titled with, as agencies write it: the subject of the item that
 * opened the tracked item (a special report with its topic), without a leading 「有關」 or a trailing
 * 「案」, so that 「有關{0}案」 never doubles them; a handed-down item without one is titled by the
 * first clause of what it asks, never by a whole paragraph.
 */
final class FollowUpTitles {

    private static final Pattern TOPIC = Pattern.compile("報告題目[：:]\\s*(「[^」]+」)");
    private static final int LONGEST = 60;

    private FollowUpTitles() {
    }

    static String of(String subject, String explanation, String content) {
        String base = blank(subject) ? firstClause(content) : subject.strip();
        Matcher topic = TOPIC.matcher(explanation == null ? "" : explanation);
        if (!blank(subject) && !base.contains("「") && topic.find()) {
            base = base.replaceAll("[：:]$", "") + "：" + topic.group(1);
        }
        return bare(base);
    }

    /** Without 「有關」 before, 「案」 or a full stop after. */
    static String bare(String text) {
        String t = text == null ? "" : text.strip();
        return t.replaceFirst("^有關", "").replaceAll("[。．.，,\\s]+$", "").replaceFirst("案$", "").strip();
    }

    /** An entry's title as a message names it: up to its 「案」 when the unit's report follows in the same paragraph. */
    static String shortened(String subject) {
        String t = subject == null ? "" : subject.strip();
        int end = t.indexOf("案，");
        t = end > 0 ? t.substring(0, end + 1) : t;
        return t.length() > LONGEST ? t.substring(0, LONGEST) + "…" : t;
    }

    private static String firstClause(String content) {
        String t = content == null ? "" : content.strip();
        int stop = indexOfAny(t, "。；");
        if (stop > 0) {
            t = t.substring(0, stop);
        }
        if (t.length() > LONGEST) {
            int comma = t.lastIndexOf('，', LONGEST);
            t = comma > 0 ? t.substring(0, comma) : t.substring(0, LONGEST);
        }
        return t;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
