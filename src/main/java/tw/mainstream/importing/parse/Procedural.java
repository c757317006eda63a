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
    private static final Pattern CLAUSE = Pattern.compile("^(?:" + Rules.words("procedural.clause") + ")$");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;]");
    /** A note after a step: (略), （另載） */
    private static final Pattern NOTE = Pattern.compile("[(（][^()（）]{0,10}[)）]");

    private Procedural() {
    }

    /** Whether an item's title is a step of the order of business rather than an agenda item. */
    static boolean isProcedural(String title) {
        if (title == null) {
            return false;
        }
        String t = TRAILING.matcher(CLOCK.matcher(title.strip()).replaceFirst("")).replaceAll("");
        if (t.isEmpty()) {
            return false;
        }
        String traditional = Rules.traditionalForm(t);
        return PROCEDURAL.matcher(traditional).matches() || allClausesProcedural(traditional);
    }

    /** 劉秘書報告：出席代表已達法定額數，請主席宣布開會 — every clause a step of the order of business. */
    private static boolean allClausesProcedural(String title) {
        boolean any = false;
        for (String clause : CLAUSE_END.split(NOTE.matcher(title).replaceAll(""))) {
            String c = clause.strip();
            if (c.isEmpty()) {
                continue;
            }
            if (!CLAUSE.matcher(c).matches() && !PROCEDURAL.matcher(c).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
