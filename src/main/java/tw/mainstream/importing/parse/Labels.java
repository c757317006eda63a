package tw.mainstream.importing.parse;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The printed labels the parser knows, and what they stand for. */
final class Labels {
    private Labels() {
    }

    enum HeaderField { DATE_TIME, PLACE, CHAIR, RECORDER, PRESENT, EXCUSED, PROXIES, OBSERVERS, ABSENT }

    static final Map<String, HeaderField> HEADER = Map.ofEntries(
            entry(HeaderField.DATE_TIME, "時間", "開會時間", "會議時間", "日期", "開會日期", "會議日期", "日期時間"),
            entry(HeaderField.PLACE, "地點", "開會地點", "會議地點"),
            entry(HeaderField.CHAIR, "主席", "主持人", "會議主持人", "會議主席"),
            entry(HeaderField.RECORDER, "記錄", "紀錄", "記錄人", "紀錄人", "記錄人員", "紀錄人員", "記錄者", "紀錄者"),
            entry(HeaderField.PRESENT, "出席人員", "出席委員", "出席者", "出席", "出(列)席人員", "出（列）席人員",
                    "出(列)席", "出（列）席", "出列席人員", "出席單位", "與會人員", "出席代表"),
            entry(HeaderField.EXCUSED, "請假人員", "請假委員", "請假", "請假者"),
            entry(HeaderField.PROXIES, "代理出席", "代理出席人員", "代理人員"),
            entry(HeaderField.OBSERVERS, "列席人員", "列席", "列席單位", "列席者", "列席代表"),
            entry(HeaderField.ABSENT, "缺席人員", "缺席委員", "缺席"))
            .entrySet().stream().flatMap(e -> e.getValue().stream().map(l -> Map.entry(l, e.getKey())))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    /** A header label followed by a colon, at the start or after a space: several may share one line. */
    static final Pattern HEADER_LABEL = Pattern.compile("(?:^|(?<=\\s))(" + alternation(HEADER.keySet()) + ")\\s*[:：]");

    static final Pattern RESOLUTION = Pattern.compile(
            "^(主席裁示|主席裁決|主席指示|主席結論|主席決議|決議事項|決議|決定事項|決定|裁示事項|裁示|結論)\\s*[:：]\\s*(.*)$");

    static final Pattern REMARKS_HEADING = Pattern.compile(
            "^(?:與會人員|委員)?(?:發言摘要|發言要點|發言紀要|意見交流|討論情形|綜合討論)\\s*[:：]?\\s*$");

    static final Pattern FIELD = Pattern.compile(
            "^(說明|案由|辦理情形|執行情形|提案單位|報告單位|附件|備註|擬辦)\\s*[:：]\\s*(.*)$");

    /** A short speaker label followed by a colon: 吳委員 O 麗：, 移民事務組代表：, 委員意見： */
    static final Pattern SPEAKER = Pattern.compile("^([^：:，,。；;「」『』\\t]{1,24}?)\\s*[:：]\\s*(.*)$");
    static final Pattern SPEAKER_WORD = Pattern.compile(
            "(委員|代表|主席|召集人|辦公室|署長|局長|處長|司長|組長|主任|科長|校長|秘書|老師|教授|律師|同仁|家長|學生|顧問)"
                    + "|(組|室|處|科|局|署|司|中心|大隊|隊|部|府|院|所|校|會|意見|回應)$");

    private static Map.Entry<HeaderField, List<String>> entry(HeaderField field, String... labels) {
        return Map.entry(field, Arrays.asList(labels));
    }

    static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
