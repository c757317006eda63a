package tw.mainstream.importing.parse;

import java.util.regex.Pattern;

/**
 * Lines of the order of business that are no agenda items though numbered like them: 報到, 宣布開會, 宣讀上次
 * 會議議事錄, 散會. The words are data ({@code procedural} in the rules); a clock time before them (5:00-5:30報到,
 * 7:00 會議開始) is ignored.
 */
final class Procedural {
    private static final Pattern CLOCK = Pattern.compile(
            "^(?:[上下]午\\s*)?\\d{1,2}\\s*[:：時]\\s*\\d{0,2}\\s*分?(?:\\s*[-–~～至到]\\s*\\d{1,2}\\s*[:：時]\\s*\\d{0,2}\\s*分?)?\\s*");
    private static final Pattern PROCEDURAL = Pattern.compile("^(?:" + Rules.words("procedural") + ")$");
    private static final Pattern TRAILING = Pattern.compile("[\\s。．.，,：:；;]+$");

    private Procedural() {
    }

    /** Whether an item's title is a step of the order of business rather than an agenda item. */
    static boolean isProcedural(String title) {
        if (title == null) {
            return false;
        }
        String t = TRAILING.matcher(CLOCK.matcher(title.strip()).replaceFirst("")).replaceAll("");
        return !t.isEmpty() && PROCEDURAL.matcher(Rules.traditionalForm(t)).matches();
    }
}
