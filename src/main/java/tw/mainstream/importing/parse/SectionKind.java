package tw.mainstream.importing.parse;

import java.util.regex.Pattern;

import tw.mainstream.importing.ItemKind;

/** Parts of the minutes, recognised by their heading words. */
public enum SectionKind {
    /** 宣布開會: nothing to keep. */
    IGNORED("宣布開會|主席宣布開會|會議開始|開會"),
    OPENING("主席致詞|主席致辭|主席報告|致詞"),
    FOLLOW_UP("上次會議決議(?:事項)?(?:辦理|執行)情形|前次會議決議(?:事項)?(?:辦理|執行)情形|歷次會議決議"),
    REPORT("報告事項|業務報告|工作報告|報告案"),
    SPECIAL_REPORT("專題報告|專案報告"),
    DISCUSSION("討論事項|提案討論|討論提案|討論案|提案"),
    EXTEMPORE("臨時動議|臨時提案"),
    /** 議案內容: items of mixed kinds, told apart by their own labels. */
    GENERAL("議案內容|議程|會議議程|議題"),
    CONCLUSION("主席結論|會議結論|結論"),
    ADJOURN("散會"),
    OTHER("確認上次會議紀錄|確認前次會議紀錄|上次會議紀錄確認|選舉事項|其他事項|頒獎");

    /** Follow-up headings that name the earlier meeting: 本署 110 年…第 2 次會議決議辦理情形. */
    static final Pattern FOLLOW_UP_TITLE = Pattern.compile(
            "^(?:[^，。：:]{0,40}?)(?:決議|決定|列管|裁示)(?:[(（]定[)）])?(?:列管)?(?:事項)?(?:之)?(?:辦理|執行|追蹤|處理)(?:情形|情況)"
                    + "|^(?:上次|前次|歷次)會議.{0,12}(?:辦理|執行|追蹤)");

    private final Pattern start;

    SectionKind(String words) {
        this.start = Pattern.compile("^(" + words + ")(?=\\s*(?:[:：。、(（]|$))\\s*[:：]?\\s*(.*)$");
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
