package tw.mainstream.importing.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.mainstream.importing.Attendance;

/**
 * Reads the head of the minutes: title and agency (the lines before the first field), then the label–value
 * fields, plain (時間：…) or numbered (壹、 時間：…), several possibly on one line (主持人：… 記錄：…).
 */
final class HeaderParser {
    private static final Pattern TITLE = Pattern.compile("會議(紀錄|記錄)|議事錄|紀錄$|記錄$");
    private static final Pattern YEAR = Pattern.compile("(\\d{2,3})\\s*(?:學)?年(?:度)?");
    private static final Pattern SEQUENCE = Pattern.compile("第\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*次");
    private static final Pattern AGENCY_END = Pattern.compile("\\s*(?:\\d{2,3}\\s*年|性別平等|性平|性別主流化)");
    private static final Pattern TITLE_CONTINUATION = Pattern.compile("^(?:\\d{2,3}\\s*(?:學)?年|第\\s*\\S{1,3}\\s*次)");
    private static final Pattern BODY_NAME = Pattern.compile("(小組|委員會|工作小組|專案小組)$");
    private static final int MAX_AGENCY = 25;

    private HeaderParser() {
    }

    /**
     * The header and where it ends.
     *
     * @param bodyStart   index of the first line after the header
     * @param numbering   the marker style of numbered header lines (壹、), or null
     * @param lastNumber  the number of the last numbered header line, 0 if none
     */
    record Header(String title, String agency, Integer year, Integer sequence, LocalDate date, LocalTime start,
                  LocalTime end, String place, String chair, String recorder, Attendance attendance,
                  List<String> uncertain, int bodyStart, Marker.Type numbering, int lastNumber) {
    }

    static Header parse(List<Line> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).kind() != LineKind.HEADER
                && lines.get(first).kind() != LineKind.SECTION) {
            first++;
        }
        List<String> uncertain = new ArrayList<>();
        List<Line> preamble = lines.subList(0, first);
        String title = title(preamble);
        if (first == lines.size()) {
            // no header and no section heading (the start is missing): the body follows the title, if any
            first = 0;
            for (int i = 0; title != null && i < lines.size(); i++) {
                if (lines.get(i).text().equals(title)) {
                    first = i + 1;
                    break;
                }
            }
            preamble = lines.subList(0, first);
        }
        String agency = agency(preamble, title);
        if (agency == null && title != null) {
            agency = agencyFromTitle(title);
            if (agency != null) {
                uncertain.add("agency");
            }
        }
        Integer year = null;
        Integer sequence = null;
        if (title != null) {
            Matcher y = YEAR.matcher(title);
            year = y.find() ? Integer.parseInt(y.group(1)) : null;
            Matcher s = SEQUENCE.matcher(title);
            sequence = s.find() ? ChineseNumerals.parse(s.group(1)) : null;
        }

        HeaderFields fields = new HeaderFields();
        int i = first;
        Marker.Type numbering = null;
        int lastNumber = 0;
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind() == LineKind.HEADER && fields.speechUnderFilledLabel(line)) {
                // 主席：此次會議由…所發起，… after 主席：劉玫雯: the chair speaks, the header has ended
                break;
            }
            if (line.kind() == LineKind.HEADER) {
                if (line.marked()) {
                    numbering = line.marker().type();
                    lastNumber = line.marker().number();
                }
                fields.addLine(line.content());
            } else if (i + 1 < lines.size() && lines.get(i + 1).kind() == LineKind.RESOLUTION) {
                // 議程確認：詳大會議程。 then 決議：…: the first item, not a header value
                break;
            } else if (fields.coChair(line)) {
                fields.appendCoChair(line.text());
            } else if (line.kind() == LineKind.TEXT && !line.marked() && fields.open() && !looksLikeHeading(line)) {
                fields.appendToLast(line.content());
            } else if (unknownField(line, numbering, lastNumber)) {
                // 三、應出席人員：49 位委員。 between known fields: a field the parser does not read
                if (line.marked()) {
                    lastNumber = line.marker().number();
                }
                fields.addOther(line.kind() == LineKind.SPEAKER ? line.text() : line.content());
            } else if (strayLine(lines, i)) {
                // 副議長 劉哲銘。 between 主席：… and 列席者：…
                fields.addOther(line.text());
            } else {
                break;
            }
        }
        Header header = fields.toHeader(title, agency, year, sequence, uncertain, i, numbering, lastNumber);
        header = header.date() != null ? header : withDateLine(header, lines);
        return header.place() != null && header.chair() != null ? header : ProseHeader.withProse(header, lines);
    }

    /** A line that is a date and nothing else: 2015-01-05, 113年3月5日(星期二), 中華民國113年3月5日 */
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}|(?:中華)?(?:民國)?\\s*\\d{2,4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)"
                    + "\\s*(?:[(（]\\s*(?:星期|週|周)?\\s*[一二三四五六日天]\\s*[)）])?$");
    /** How many lines from the start may hold that date. */
    private static final int DATE_LINE_SEARCHED = 8;

    /**
     * The date of minutes without a date field, printed alone on a line before the minutes start (a page that
     * lists minutes by date: 2015-01-05, then the title): read, and marked for checking.
     */
    private static Header withDateLine(Header h, List<Line> lines) {
        for (int k = 0; k < Math.min(DATE_LINE_SEARCHED, lines.size()); k++) {
            Line line = lines.get(k);
            if (line.kind() == LineKind.HEADER || line.kind() == LineKind.SECTION || line.marked()) {
                return h;
            }
            if (!DATE_LINE.matcher(FullWidth.digits(line.text())).matches()) {
                continue;
            }
            var date = RocDateParser.parseDate(line.text());
            if (date.isEmpty()) {
                return h;
            }
            List<String> uncertain = new ArrayList<>(h.uncertain());
            uncertain.add("date");
            return new Header(h.title(), h.agency(), h.year(), h.sequence(), date.get().date(), h.start(), h.end(),
                    h.place(), h.chair(), h.recorder(), h.attendance(), uncertain, h.bodyStart(), h.numbering(),
                    h.lastNumber());
        }
        return h;
    }

    /** A short label and a colon: 應出席人員：…, 實到人數：… (no sentence, no section word). */
    private static final Pattern UNKNOWN_LABEL = Pattern.compile("^[\\p{IsHan}()（）]{2,8}\\s*[:：]");

    /**
     * A label–value line the parser does not know, inside the header: unnumbered, or numbered as the next
     * header field (三、 after 二、).
     */
    private static boolean unknownField(Line line, Marker.Type numbering, int lastNumber) {
        // 主任秘書：陳錫欽 reads as a speaker's line, but a name is no speech: a field the parser does not know
        boolean speakerWithField = line.kind() == LineKind.SPEAKER
                && (Labels.HEADER_LABEL.matcher(line.content()).find() || nameOnly(line.content()));
        if ((line.kind() != LineKind.TEXT && !speakerWithField)
                || !UNKNOWN_LABEL.matcher(line.kind() == LineKind.SPEAKER ? line.text() : line.content()).find()) {
            return false;
        }
        if (!line.marked()) {
            return true;
        }
        return line.marker().type() == numbering && line.marker().number() == lastNumber + 1;
    }

    private static final Pattern NAME_ONLY = Pattern.compile("^[\\p{IsHan}·‧．.\\s]{2,12}$");

    /** A short value of names (陳錫欽, 白智榮 楊永綨): no sentence. */
    private static boolean nameOnly(String value) {
        return NAME_ONLY.matcher(value).matches();
    }

    /** An unnumbered line of text between header fields: a header field follows within two lines. */
    private static boolean strayLine(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.marked() || (line.kind() != LineKind.TEXT && line.kind() != LineKind.SPEAKER)) {
            return false;
        }
        for (int k = i + 1; k <= i + 2 && k < lines.size(); k++) {
            if (lines.get(k).kind() == LineKind.HEADER) {
                return true;
            }
            if (lines.get(k).kind() != LineKind.TEXT) {
                return false;
            }
        }
        return false;
    }

    /** A line holding a numbered section heading (六、主席報告) cannot be the value of an empty field. */
    private static boolean looksLikeHeading(Line line) {
        return NUMBERED_SECTION.matcher(line.text()).find();
    }

    private static final Pattern NUMBERED_SECTION = Pattern.compile(
            "[壹貳參叁肆伍陸柒捌玖拾一二三四五六七八九十]{1,3}\\s*[、．.]\\s*(?:" + RunOnSplitter.SECTION_WORDS + ")");

    private static String title(List<Line> preamble) {
        for (int i = 0; i < preamble.size(); i++) {
            String t = preamble.get(i).text();
            if (TITLE.matcher(Rules.traditionalForm(t)).find() && t.length() > 5 && preamble.get(i).kind() != LineKind.TABLE_ROW) {
                // a title set on two lines: 教育部性別平等專案小組 / 113 年第 1 次會議紀錄
                if (i > 0 && TITLE_CONTINUATION.matcher(t).find()
                        && BODY_NAME.matcher(preamble.get(i - 1).text()).find()) {
                    return preamble.get(i - 1).text() + t;
                }
                return t;
            }
        }
        // a title without 會議紀錄: 某局性別平等專案小組第 35 次會議
        for (int i = preamble.size() - 1; i >= 0; i--) {
            String t = preamble.get(i).text();
            if (t.length() > 5 && t.length() <= 80 && preamble.get(i).kind() != LineKind.TABLE_ROW
                    && MEETING.matcher(Rules.traditionalForm(t)).find()) {
                return t;
            }
        }
        return null;
    }

    private static final Pattern MEETING = Pattern.compile("第\\s*\\S{1,3}\\s*次.{0,12}(會議|會)$|(會議|大會)$");

    /** A short line before the title naming the agency: 內政部移民署. */
    private static String agency(List<Line> preamble, String title) {
        for (Line line : preamble) {
            String t = line.text();
            if (t.equals(title)) {
                return null;
            }
            if (t.length() <= MAX_AGENCY && !t.contains("會議") && !t.contains("紀錄") && !YEAR.matcher(t).find()
                    && line.kind() == LineKind.TEXT && !line.marked() && t.matches(".*(部|署|局|處|會|府|院|所|校|學|中心|隊|司)$")) {
                return t;
            }
        }
        return null;
    }

    private static String agencyFromTitle(String title) {
        Matcher m = AGENCY_END.matcher(title);
        if (m.find() && m.start() >= 2) {
            return title.substring(0, m.start()).strip();
        }
        return null;
    }
}
