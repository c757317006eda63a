package tw.mainstream.importing.parse;

import java.util.regex.Pattern;

import tw.mainstream.importing.ItemKind;

/** Parts of the minutes, recognised by their heading words. */
public enum SectionKind {
    /** 宣布開會: nothing to keep. */
    IGNORED,
    OPENING,
    FOLLOW_UP,
    REPORT,
    SPECIAL_REPORT,
    DISCUSSION,
    EXTEMPORE,
    /** 議案內容: items of mixed kinds, told apart by their own labels. */
    GENERAL,
    CONCLUSION,
    ADJOURN,
    OTHER;

    /** Follow-up headings that name the earlier meeting: 本署 110 年…第 2 次會議決議辦理情形. */
    static final Pattern FOLLOW_UP_TITLE = Pattern.compile(
            "^(?:[^，。：:]{0,40}?)(?:決議|決定|列管|裁示)(?:[(（]定[)）])?(?:列管)?(?:事項)?(?:之)?(?:辦理|執行|追蹤|處理)(?:情形|情況)"
                    + "|^(?:上次|前次|歷次)會議.{0,12}(?:辦理|執行|追蹤)");

    private final Pattern start;
    private final Pattern numberedStart;

    SectionKind() {
        String any = Rules.optionalWords("section." + name() + ".anySpeaker");
        String words = Rules.words("section." + name()) + (any == null ? "" : "|" + any);
        String numberedOnly = Rules.optionalWords("section." + name() + ".numbered");
        // any speaker's speech is a heading only without a full stop: 區長將出席並致詞。 is a sentence
        String anyHeading = any == null ? "" : "|(?:" + any + ")(?=\\s*(?:[:：、(（]|$))";
        this.start = Pattern.compile("^((?:" + Rules.words("section." + name())
                + ")(?=\\s*(?:[:：。、(（]|$))" + anyHeading + ")\\s*[:：]?\\s*(.*)$");
        this.numberedStart = Pattern.compile("^(" + words + (numberedOnly == null ? "" : "|" + numberedOnly)
                + ")(?=\\s*(?:[:：。、(（]|$)|\\s|案由|提案|第\\s*\\S{1,3}\\s*案)\\s*[:：]?\\s*(.*)$");
    }

    /** The heading after a number, which may be followed by its text after a space (壹、主席報告 本次會議…). */
    Pattern numberedStart() {
        return numberedStart;
    }

    Pattern start() {
        return start;
    }

    ItemKind itemKind() {
        return switch (this) {
            case FOLLOW_UP -> ItemKind.FOLLOW_UP;
            case REPORT -> ItemKind.REPORT;
            case SPECIAL_REPORT -> ItemKind.SPECIAL_REPORT;
            case DISCUSSION -> ItemKind.DISCUSSION;
            case EXTEMPORE -> ItemKind.EXTEMPORE;
            default -> ItemKind.OTHER;
        };
    }
}
