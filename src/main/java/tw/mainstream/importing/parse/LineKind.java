package tw.mainstream.importing.parse;

/** What a line of minutes says, judged from the line alone. */
public enum LineKind {
    BLANK,
    /** Tab-separated cells of a table row. */
    TABLE_ROW,
    /** One or more header fields: 時間：…, 主持人：… 記錄：… */
    HEADER,
    /** Starts a part of the minutes: 報告事項, 臨時動議：無, 散會, 主席結論：…, 上次會議決議辦理情形 */
    SECTION,
    /** 決議：…, 決定：…, 主席裁示：… */
    RESOLUTION,
    /** 發言摘要, 委員發言要點 */
    REMARKS_HEADING,
    /** 吳委員 O 麗：…, 移民事務組代表：… */
    SPEAKER,
    /** A labelled field of an item: 說明：…, 案由：…, 辦理情形：… */
    FIELD,
    TEXT
}
