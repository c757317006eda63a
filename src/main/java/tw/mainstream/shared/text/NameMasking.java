package tw.mainstream.shared.text;

import java.util.List;

/**
 * Masks personal names for public documents (個資遮罩): 陳怡敏 → 陳O敏 (MIDDLE) or 陳OO (GIVEN);
 * 王明 → 王O; compound surnames (歐陽, 司馬 …) are kept whole; names already masked stay as they are.
 * Names in Latin letters keep their first letter of each word (John Smith → J. S.).
 */
public final class NameMasking {

    /** MIDDLE keeps the last character of the given name (陳O敏); GIVEN masks the whole given name (陳OO). */
    public enum Style { MIDDLE, GIVEN }

    public static final char MASK = 'O';

    private static final List<String> COMPOUND_SURNAMES = List.of("歐陽", "司馬", "諸葛", "張簡", "范姜", "上官",
            "東方", "皇甫", "公孫", "長孫", "司徒", "夏侯", "尉遲", "慕容", "令狐", "宇文", "端木", "南宮", "西門",
            "軒轅", "呼延", "澹臺", "鍾離", "司空", "万俟", "濮陽", "聞人", "赫連", "第五", "羊舌", "單于", "鮮于",
            "徐辜", "簡張", "張廖", "廖張", "陳黃", "江謝", "周黃");

    private NameMasking() {
    }

    /** Masks a name, keeping the common government titles written with it (王小明專門委員 → 王O明專門委員). */
    public static String mask(String name, Style style) {
        return mask(name, style, GovernmentTitles.ALL);
    }

    /**
     * Masks a name and keeps any of {@code titles} (longest first) written after it (王小明專門委員),
     * before it (專門委員王小明), between surname and given name (王專門委員小明), or in parentheses
     * or after a space (王小明（移民資訊組科長）): the title is not part of the name, so 王小明專門委員
     * becomes 王O明專門委員, never 王OOOOO員. A surname with a title alone (王委員) stays.
     */
    public static String mask(String name, Style style, List<String> titles) {
        if (name == null) {
            return null;
        }
        String n = name.strip();
        if (n.isEmpty()) {
            return n;
        }
        if (!hasCjk(n)) {
            return latinInitials(n);
        }
        int paren = Math.max(n.indexOf('（'), n.indexOf('('));
        if (paren > 0) {
            return mask(n.substring(0, paren), style, titles) + n.substring(paren);
        }
        String[] words = n.split("\\s+");
        if (words.length > 1) {
            StringBuilder out = new StringBuilder();
            for (String w : words) {
                out.append(out.isEmpty() ? "" : " ").append(titles.contains(w) ? w : mask(w, style, titles));
            }
            return out.toString();
        }
        return maskWord(n, style, titles);
    }

    private static String maskWord(String n, Style style, List<String> titles) {
        if (isMasked(n)) {
            return n;
        }
        for (String t : titles) {
            if (n.length() - t.length() >= 2 && n.endsWith(t)) {
                return maskName(n.substring(0, n.length() - t.length()), style) + t;
            }
        }
        for (String t : titles) {
            if (n.length() - t.length() >= 2 && n.startsWith(t)) {
                return t + maskName(n.substring(t.length()), style);
            }
        }
        String surname = surname(n);
        String rest = n.substring(surname.length());
        for (String t : titles) {
            if (rest.equals(t)) {
                return n;
            }
            if (rest.length() > t.length() && rest.startsWith(t)) {
                return surname + t + maskName(surname + rest.substring(t.length()), style).substring(surname.length());
            }
        }
        return maskName(n, style);
    }

    /** A bare name: 陳怡敏 → 陳O敏 (MIDDLE) or 陳OO (GIVEN). */
    private static String maskName(String n, Style style) {
        if (isMasked(n)) {
            return n;
        }
        String surname = surname(n);
        String given = n.substring(surname.length());
        if (given.isEmpty()) {
            return n;
        }
        if (given.length() == 1 || style == Style.GIVEN) {
            return surname + String.valueOf(MASK).repeat(given.length());
        }
        return surname + String.valueOf(MASK).repeat(given.length() - 1) + given.charAt(given.length() - 1);
    }

    /** The surname: a known compound surname, else the first character. */
    public static String surname(String name) {
        String n = name.strip();
        if (n.length() >= 3) {
            for (String compound : COMPOUND_SURNAMES) {
                if (n.startsWith(compound)) {
                    return compound;
                }
            }
        }
        return n.isEmpty() ? n : n.substring(0, 1);
    }

    /**
     * The official way of naming someone with a title: surname, title, given name (林副署長興春,
     * 吳委員嘉麗). Masked names keep their mask (陳主任秘書O敏).
     */
    public static String withTitle(String name, String title) {
        if (name == null || name.isBlank()) {
            return title == null ? "" : title;
        }
        if (title == null || title.isBlank() || !hasCjk(name)) {
            return name;
        }
        String surname = surname(name);
        return surname + title + name.strip().substring(surname.length());
    }

    public static boolean isMasked(String name) {
        return name.indexOf(MASK) > 0 || name.indexOf('○') > 0 || name.indexOf('Ｏ') > 0 || name.indexOf('〇') > 0
                || name.indexOf('＊') > 0 || name.indexOf('*') > 0;
    }

    private static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String latinInitials(String n) {
        StringBuilder out = new StringBuilder();
        for (String word : n.split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.charAt(0)).append('.');
        }
        return out.toString();
    }
}
