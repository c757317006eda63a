package tw.mainstream.importing.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/** Header values by field, in the order printed. */
final class HeaderFields {
    private final List<Labels.HeaderField> keys = new ArrayList<>();
    private final List<StringBuilder> values = new ArrayList<>();

    void addLine(String content) {
        Matcher m = Labels.HEADER_LABEL.matcher(content);
        List<int[]> spans = new ArrayList<>();
        List<Labels.HeaderField> found = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            found.add(Labels.headerField(m.group(1)));
        }
        if (!spans.isEmpty()) {
            Matcher inline = Labels.MAIN_LABEL_INLINE.matcher(content);
            inline.useTransparentBounds(true).region(spans.get(0)[1], content.length());
            while (inline.find()) {
                Labels.HeaderField field = Labels.headerField(inline.group(1));
                int at = inline.start();
                if (field != null && !found.contains(field) && spans.stream().noneMatch(sp -> sp[0] <= at && at < sp[1])) {
                    int k = 0;
                    while (k < spans.size() && spans.get(k)[0] < at) {
                        k++;
                    }
                    spans.add(k, new int[] {at, inline.end()});
                    found.add(k, field);
                }
            }
        }
        for (int k = 0; k < spans.size(); k++) {
            int valueEnd = k + 1 < spans.size() ? spans.get(k + 1)[0] : content.length();
            keys.add(found.get(k));
            values.add(new StringBuilder(content.substring(spans.get(k)[1], valueEnd).strip()));
        }
    }

    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile("[，,。；;]");
    private static final int SPEECH_LENGTH = 20;

    /**
     * Whether an unnumbered header line repeats the label of a field already filled, with a sentence for its
     * value: a speaker (主席：此次會議…), not a field.
     */
    boolean speechUnderFilledLabel(Line line) {
        Matcher m = Labels.HEADER_LABEL.matcher(line.content());
        if (line.marked() || !m.lookingAt()) {
            return false;
        }
        Labels.HeaderField field = Labels.headerField(m.group(1));
        String value = line.content().substring(m.end()).strip();
        int k = keys.indexOf(field);
        return k >= 0 && !values.get(k).isEmpty() && value.length() > SPEECH_LENGTH
                && SENTENCE.matcher(value).find() && field != Labels.HeaderField.DATE_TIME;
    }

    /** A field whose label the parser does not know (應出席人員：49 位), kept apart so it ends no value. */
    void addOther(String value) {
        Matcher known = Labels.HEADER_LABEL.matcher(value);
        keys.add(Labels.HeaderField.OTHER);
        if (known.find() && known.start() > 0) {
            // 秘書：王大同專員　紀錄：李小華
            values.add(new StringBuilder(value.substring(0, known.start()).strip()));
            addLine(value.substring(known.start()));
        } else {
            values.add(new StringBuilder(value));
        }
    }

    /** Whether the last field takes further lines: an empty value or a list of names. */
    boolean open() {
        if (keys.isEmpty()) {
            return false;
        }
        Labels.HeaderField last = keys.get(keys.size() - 1);
        return values.get(values.size() - 1).isEmpty() || isAttendance(last);
    }

    void appendToLast(String text) {
        StringBuilder last = values.get(values.size() - 1);
        if (!last.isEmpty() && isAttendance(keys.get(keys.size() - 1))) {
            last.append('、');
        }
        last.append(text.strip());
    }

    private static boolean isAttendance(Labels.HeaderField f) {
        return switch (f) {
            case PRESENT, EXCUSED, PROXIES, OBSERVERS, ABSENT -> true;
            default -> false;
        };
    }

    HeaderParser.Header toHeader(String title, String agency, Integer year, Integer sequence, List<String> uncertain,
                    int bodyStart, Marker.Type numbering, int lastNumber) {
        LocalDate date = null;
        LocalTime start = null;
        LocalTime end = null;
        String place = null;
        String chair = null;
        String recorder = null;
        boolean startWithoutDate = false;
        AttendanceParser attendance = new AttendanceParser();
        for (int k = 0; k < keys.size(); k++) {
            String v = values.get(k).toString().strip();
            switch (keys.get(k)) {
                case DATE_TIME -> {
                    v = RocDateParser.arabic(v);
                    Optional<RocDateParser.ParsedDate> d = RocDateParser.parseDate(v);
                    String rest = v;
                    if (d.isPresent() && date == null) {
                        date = d.get().date();
                        if (d.get().weekdayMismatch() || d.get().unsure()) {
                            uncertain.add("date");
                        }
                        rest = v.substring(Math.min(d.get().end(), v.length()));
                    }
                    RocDateParser.TimeRange range = RocDateParser.parseRange(rest);
                    if (range.start() != null && start != null && startWithoutDate && d.isPresent()) {
                        // a time printed with the date outweighs one from a field without a date
                        start = null;
                        end = null;
                        uncertain.remove("startTime");
                    }
                    startWithoutDate = start == null ? d.isEmpty() : startWithoutDate;
                    if (range.start() != null && start == null) {
                        start = range.start().time();
                        if (range.start().periodGuessed()) {
                            uncertain.add("startTime");
                        }
                    }
                    if (range.end() != null && end == null && !severalSittings(rest)) {
                        end = range.end().time();
                    }
                }
                case PLACE -> place = place == null ? emptyToNull(v) : place;
                case CHAIR -> chair = chair == null ? emptyToNull(v) : chair;
                case RECORDER -> recorder = recorder == null ? emptyToNull(v) : recorder;
                case OTHER -> { }
                default -> attendance.add(keys.get(k), v);
            }
        }
        uncertain.addAll(FieldConfidence.doubtful(place, chair, recorder));
        return new HeaderParser.Header(title, agency, year, sequence, date, start, end, place, chair, recorder,
                attendance.build(), uncertain, bodyStart, numbering, lastNumber);
    }

    /** A time followed by 至 (or ~, -): the start of a range. */
    private static final java.util.regex.Pattern RANGE_START = java.util.regex.Pattern.compile(
            "\\d{1,2}\\s*[時:：]\\s*(?:\\d{1,2}\\s*分?)?\\s*(?:至|到|~|～|-|–)");

    /**
     * Whether the time field lists several sittings (上午9時至9時14分、10時1分至11時46分、下午2時30分至…): the
     * meeting has no single end time.
     */
    static boolean severalSittings(String value) {
        Matcher m = RANGE_START.matcher(FullWidth.digits(value));
        int ranges = 0;
        while (m.find()) {
            ranges++;
        }
        return ranges >= 2;
    }

    private static final java.util.regex.Pattern CO_CHAIR = java.util.regex.Pattern.compile(
            "^\\p{IsHan}{0,3}副(\\p{IsHan}{2,5}?)\\p{IsHan}{1,4}$");

    /**
     * Whether a line right after the chair names a second chair holding the deputy's office of the first (主席
     * 蘇院長嘉全, then 蔡副院長其昌 on the next line); a chair's value that ended its sentence (。) is complete.
     */
    boolean coChair(Line line) {
        if (keys.isEmpty() || keys.get(keys.size() - 1) != Labels.HeaderField.CHAIR || line.marked()
                || line.kind() != LineKind.TEXT) {
            return false;
        }
        String chair = values.get(values.size() - 1).toString().replaceAll("\\s+", "");
        Matcher m = CO_CHAIR.matcher(line.text().replaceAll("\\s+", ""));
        return !chair.isEmpty() && !chair.endsWith("。") && m.matches() && chair.contains(m.group(1));
    }

    void appendCoChair(String text) {
        values.get(values.size() - 1).append(' ').append(text.strip());
    }

    /** The value without trailing punctuation (地點：本校會議室。); null when nothing is left. */
    private static String emptyToNull(String v) {
        String trimmed = v.replaceAll("[。．.，,；;、\\s]+$", "");
        return trimmed.isEmpty() ? null : trimmed;
    }
}
