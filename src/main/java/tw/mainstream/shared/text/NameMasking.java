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

    public static String mask(String name, Style style) {
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
