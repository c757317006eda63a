package tw.mainstream.importing;

/** Kind of an imported agenda item, in the words of the glossary. */
public enum ItemKind {
    /** 上次會議決議辦理情形 / 決議列管事項執行情形. */
    FOLLOW_UP,
    /** 報告事項 / 報告案. */
    REPORT,
    /** 討論事項 / 討論案 / 提案. */
    DISCUSSION,
    /** 臨時動議. */
    EXTEMPORE,
    /** 專題報告. */
    SPECIAL_REPORT,
    OTHER
}
