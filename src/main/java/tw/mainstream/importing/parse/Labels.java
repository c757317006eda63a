package tw.mainstream.importing.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The printed labels the parser knows, and what they stand for. */
final class Labels {
    private Labels() {
    }

    enum HeaderField { DATE_TIME, PLACE, CHAIR, RECORDER, PRESENT, EXCUSED, PROXIES, OBSERVERS, ABSENT, OTHER }

    /** Printed label (canonical form, see {@link Rules#canonical}) → the field it fills. */
    static final Map<String, HeaderField> HEADER = Arrays.stream(HeaderField.values())
            .filter(f -> f != HeaderField.OTHER)
            .flatMap(f -> Rules.list("header." + f.name()).stream().map(l -> Map.entry(l, f)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    /** A header label followed by a colon, at the start or after a space: several may share one line. */
    static final Pattern HEADER_LABEL = Pattern.compile(
            "(?:^|(?<=\\s))(" + Rules.alternation(HEADER.keySet()) + ")\\s*[:：]");

    /** Who decided, before a resolution label: 經本院會決定：… */
    static final String RESOLUTION_LEAD_IN = "(?:" + Rules.words("resolution.leadIn") + ")";

    /**
     * A resolution label, inline or on its own line, optionally in brackets or after a lead-in: 決議：, 【決議】,
     * 主席裁示:, 經本院會決定：
     */
    static final Pattern RESOLUTION = Pattern.compile("^" + RESOLUTION_LEAD_IN + "?[【\\[〔]?("
            + Rules.alternation(Rules.list("resolution"))
            + ")(?:[】\\]〕]\\s*[:：]?|\\s*[:：])\\s*(.*)$");

    /**
     * A resolution label alone on its line, without a colon (決議, then the decision on the next lines); labels
     * that are also section words (主席結論) are left to the sections.
     */
    static final Pattern BARE_RESOLUTION = Pattern.compile("^" + RESOLUTION_LEAD_IN + "?[【\\[〔]?("
            + Rules.alternation(Rules.list("resolution").stream()
                    .filter(l -> !SectionKind.CONCLUSION.start().matcher(l).find()).toList())
            + ")[】\\]〕]?\\s*$");

    /**
     * A label of the date, place, chair or recorder alone on its line, without a colon: the value follows on
     * the next line. 會議紀錄 is left out: alone on a line it is a title.
     */
    static final Pattern BARE_LABEL = Pattern.compile("(" + mainLabels() + ")\\s*");

    /** One of those labels, a space and a short value, as a table of a PDF comes out: 開會時間 112年3月15日 */
    static final Pattern SPACED_LABEL = Pattern.compile("(" + mainLabels() + ")[ \\u3000]+(\\S.{0,40})");

    /** A date label, a space and a long value: 時 間 中華民國111年9月30日(星期五)上午9時至9時14分、10時1分至… */
    static final Pattern SPACED_DATE = Pattern.compile("(" + Rules.alternation(Rules.list("header.DATE_TIME"))
            + ")[ \\u3000]+((?:中華)?民國|\\d{2,4}\\s*[年./-]|[一二三四五六七八九十百〇零]{2,5}年)(.{0,200})");

    /**
     * The label of the date, place, chair or recorder right after other text, with a colon: the next field of a
     * line whose spaces were lost (主席:林召集人瑞宜紀錄:莊麗惠).
     */
    static final Pattern MAIN_LABEL_INLINE = Pattern.compile("(?<=[\\p{IsHan}）)])(" + mainLabels() + ")\\s*[:：]");

    private static String mainLabels() {
        return Rules.alternation(HEADER.entrySet().stream()
                .filter(e -> e.getValue().ordinal() <= HeaderField.RECORDER.ordinal())
                .map(Map.Entry::getKey).filter(l -> !l.startsWith("會議紀") && !l.startsWith("會議記")).toList());
    }

    /** The field a printed header label fills, or null. */
    static HeaderField headerField(String printed) {
        return HEADER.get(Rules.canonical(printed));
    }

    /** A report heading alone on its line: 教導主任王大明報告：, 總務處報告 (whole line). */
    static final Pattern REPORT_HEADING = Pattern.compile("(?:" + Rules.raw("item.reportHeading") + ")\\s*[:：]?");

    static final Pattern REMARKS_HEADING = Pattern.compile(
            "^(?:與會人員|委員)?(?:發言摘要|發言要點|發言紀要|意見交流|討論情形|綜合討論)\\s*[:：]?\\s*$");

    /** A labelled field of an item (說明：…, 提案人：…); the labels are data ({@code item.field}). */
    static final Pattern FIELD = Pattern.compile("^(" + Rules.alternation(Rules.list("item.field"))
            + ")\\s*[:：]\\s*(.*)$");

    /** A short speaker label followed by a colon: 吳委員 O 麗：, 移民事務組代表：, 委員意見： */
    static final Pattern SPEAKER = Pattern.compile("^([^：:，,。；;「」『』\\t]{1,24}?)\\s*[:：]\\s*(.*)$");
    static final Pattern SPEAKER_WORD = Pattern.compile(
            "(委員|代表|主席|召集人|辦公室|署長|局長|處長|司長|組長|主任|科長|校長|秘書|老師|教授|律師|同仁|家長|學生|顧問)"
                    + "|(組|室|處|科|局|署|司|中心|大隊|隊|部|府|院|所|校|會|意見|回應)$");
}
