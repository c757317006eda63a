package tw.mainstream.importing.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.mainstream.shared.time.RocDates;

/**
 * Dates and times as written in Taiwanese minutes: ROC years in every usual form (111 年 7 月 25 日,
 * 中華民國 112 年 7 月 24 日, 110-12-29, 99.3.30, 104/10/12; four-digit years are Gregorian), an optional
 * weekday in parentheses that is checked against the date, and times such as 下午 2 時 30 分, 下午 15 時
 * 10 分 (already 24-hour), 上午 9 時, 14:30.
 */
public final class RocDateParser {
    private static final Pattern WRITTEN = Pattern.compile(
            "(?:中華民國|民國)?\\s*(\\d{2,4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./-])(\\d{2,4})\\s*([-./])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d./])");
    private static final Pattern WEEKDAY = Pattern.compile(
            "^\\s*(?:[(（]?\\s*(?:星期|週|周|禮拜|礼拜)\\s*([一二三四五六日天])\\s*[)）]?|[(（]\\s*([一二三四五六日天])\\s*[)）])");
    private static final Pattern TIME = Pattern.compile(
            "(上午|早上|中午|下午|晚上|傍晚)?\\s*(\\d{1,2})\\s*(?:時|时|點|点|[:：](?=\\s*\\d))\\s*(?:(\\d{1,2})\\s*分?|(半))?");
    /** An hour whose 時 a web page dropped: 上午9, 下午 3. */
    private static final Pattern BARE_HOUR = Pattern.compile(
            "(上午|早上|中午|下午|晚上|傍晚)\\s*(\\d{1,2})(?![\\d:：時时點点])()()");
    /** Hour and minute run together before 分 (730分), or as four digits (1200) at the end of a range. */
    private static final Pattern RUN_TOGETHER_TIME = Pattern.compile("(上午|早上|中午|下午|晚上|傍晚)?\\s*(\\d{1,2})(\\d{2})\\s*分()");
    private static final Pattern DIGIT_TIME = Pattern.compile("()(\\d{1,2})(\\d{2})(?!\\d)()");
    /** Digits of a date run together by a web page that dropped 年月日: 1061021, 10342, 11203151000. */
    private static final Pattern COMPACT = Pattern.compile("(?:中華民國|民國)?\\s*(?<![\\d./-])(\\d{5,12})(?![\\d./-])");
    /** A Chinese numeral before a date or time unit: 九十二年, 元月, 十三日, 四點半. */
    private static final Pattern CHINESE_NUMBER = Pattern.compile(
            "([〇○零一二三四五六七八九十百廿卅兩0-9]{1,5})(?=\\s*(?:年|月|日|號|時|时|點|点|分))|元(?=月)");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("^\\s*(?:至|到|~|～|－|—|-|–)\\s*");

    private RocDateParser() {
    }

    /**
     * A date found in a text, with where it ended and whether a printed weekday disagreed with it.
     * {@code unsure} when the date was read from digits run together without a weekday to confirm it.
     */
    public record ParsedDate(LocalDate date, boolean weekdayMismatch, int end, boolean unsure) {
        public ParsedDate(LocalDate date, boolean weekdayMismatch, int end) {
            this(date, weekdayMismatch, end, false);
        }
    }

    /** A time of day found in a text and where it ended. */
    public record ParsedTime(LocalTime time, boolean periodGuessed, int end) {
    }

    /** Start and end of a meeting as given in one text (下午 2 時至 4 時); either may be null. */
    public record TimeRange(ParsedTime start, ParsedTime end) {
    }

    public static Optional<ParsedDate> parseDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = FullWidth.digits(text);
        Matcher written = WRITTEN.matcher(s);
        Matcher numeric = NUMERIC.matcher(s);
        boolean w = written.find();
        boolean n = numeric.find();
        Matcher m;
        int yearGroup;
        int monthGroup;
        int dayGroup;
        if (w && (!n || written.start() <= numeric.start())) {
            m = written;
            yearGroup = 1;
            monthGroup = 2;
            dayGroup = 3;
        } else if (n) {
            m = numeric;
            yearGroup = 1;
            monthGroup = 3;
            dayGroup = 4;
        } else {
            return compact(s);
        }
        int year = Integer.parseInt(m.group(yearGroup));
        if (year < 1000) {
            year = RocDates.gregorianYear(year);
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, Integer.parseInt(m.group(monthGroup)), Integer.parseInt(m.group(dayGroup)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        int end = m.end();
        boolean mismatch = false;
        Matcher weekday = WEEKDAY.matcher(s.substring(end));
        if (weekday.find()) {
            mismatch = date.getDayOfWeek() != dayOfWeek(weekdayOf(weekday));
            end += weekday.end();
        }
        return Optional.of(new ParsedDate(date, mismatch, end));
    }

    /**
     * A date whose 年月日 were lost: the digits are split into ROC (or Gregorian) year, month and day, with
     * an optional time (1000) left over; a printed weekday picks among several readings.
     */
    private static Optional<ParsedDate> compact(String s) {
        Matcher m = COMPACT.matcher(s);
        while (m.find()) {
            String digits = m.group(1);
            Matcher weekday = WEEKDAY.matcher(s.substring(m.end()));
            DayOfWeek printed = weekday.find() && weekdayOf(weekday) != 0 ? dayOfWeek(weekdayOf(weekday)) : null;
            LocalDate best = null;
            int bestScore = Integer.MIN_VALUE;
            int bestEnd = 0;
            int readings = 0;
            for (int yearLength : yearLengths(digits)) {
                int year = Integer.parseInt(digits.substring(0, yearLength));
                year = yearLength == 4 ? year : RocDates.gregorianYear(year);
                for (int monthLength = 1; monthLength <= 2; monthLength++) {
                    for (int dayLength = 1; dayLength <= 2; dayLength++) {
                        int dateEnd = yearLength + monthLength + dayLength;
                        int left = digits.length() - dateEnd;
                        if (left < 0 || left == 1 || left == 2 || left > 4) {
                            continue;
                        }
                        LocalDate date = date(year, digits.substring(yearLength, yearLength + monthLength),
                                digits.substring(yearLength + monthLength, dateEnd));
                        if (date == null || (left > 0 && !validTime(digits.substring(dateEnd)))) {
                            continue;
                        }
                        readings++;
                        int score = (printed == null ? 0 : printed == date.getDayOfWeek() ? 10 : -10)
                                + (left == 0 ? 2 : 0) + monthLength + dayLength;
                        if (score > bestScore) {
                            best = date;
                            bestScore = score;
                            bestEnd = m.start(1) + dateEnd;
                        }
                    }
                }
            }
            if (best != null) {
                boolean confirmed = printed != null && printed == best.getDayOfWeek();
                int end = bestEnd;
                if (bestEnd == m.end(1)) {
                    Matcher w = WEEKDAY.matcher(s.substring(end));
                    end += w.find() ? w.end() : 0;
                }
                return Optional.of(new ParsedDate(best, printed != null && !confirmed, end,
                        !confirmed && readings > 0));
            }
        }
        return Optional.empty();
    }

    private static int[] yearLengths(String digits) {
        if (digits.length() >= 8 && (digits.startsWith("19") || digits.startsWith("20"))) {
            return new int[] {4};
        }
        return digits.charAt(0) == '1' ? new int[] {3} : new int[] {2};
    }

    private static LocalDate date(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean validTime(String hhmm) {
        int v = Integer.parseInt(hhmm);
        return v / 100 <= 23 && v % 100 <= 59;
    }

    private static char weekdayOf(Matcher weekday) {
        String g = weekday.group(1) != null ? weekday.group(1) : weekday.group(2);
        return g == null ? 0 : g.charAt(0);
    }

    /**
     * Chinese numerals before a date or time unit as Arabic digits, 元月 as 1月: 九十二年元月七日 →
     * 92年1月7日, 下午四點半 → 下午4點半. Other text is kept.
     */
    public static String arabic(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CHINESE_NUMBER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String numeral = m.group(1);
            String replacement;
            if (numeral == null) {
                replacement = "1";
            } else if (numeral.chars().allMatch(Character::isDigit)) {
                replacement = numeral;
            } else {
                replacement = digitsOf(numeral);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** 九十二 → 92, 一一二 → 112, 二0九九 → 2099, 〇 → 0; the numeral itself when it reads as none. */
    private static String digitsOf(String numeral) {
        String n = numeral.replace('○', '〇').replace('0', '〇').replace('兩', '二');
        if (n.indexOf('十') < 0 && n.indexOf('百') < 0 && n.indexOf('廿') < 0 && n.indexOf('卅') < 0) {
            StringBuilder sb = new StringBuilder();
            for (char c : n.toCharArray()) {
                int d = "〇一二三四五六七八九".indexOf(c);
                if (d < 0) {
                    return numeral;
                }
                sb.append(d);
            }
            return sb.toString();
        }
        int value = ChineseNumerals.parse(n.replace("卅", "三十"));
        return value < 0 ? numeral : Integer.toString(value);
    }

    public static Optional<ParsedTime> parseTime(String text) {
        return text == null ? Optional.empty() : time(FullWidth.digits(text), null);
    }

    /** The first time in a text, and a second one after 至 / ~ / - as the end of a range. */
    public static TimeRange parseRange(String text) {
        if (text == null) {
            return new TimeRange(null, null);
        }
        String s = FullWidth.digits(text);
        Optional<ParsedTime> start = time(s, null);
        if (start.isEmpty()) {
            return new TimeRange(null, null);
        }
        String rest = s.substring(start.get().end());
        Matcher separator = RANGE_SEPARATOR.matcher(rest);
        ParsedTime end = null;
        if (separator.find()) {
            String period = periodOf(s.substring(0, start.get().end()));
            String after = rest.substring(separator.end());
            for (Pattern p : new Pattern[] {TIME, RUN_TOGETHER_TIME, DIGIT_TIME}) {
                Matcher m = p.matcher(after);
                if (m.lookingAt()) {
                    end = toTime(m, period, 0).orElse(null);
                    break;
                }
            }
        }
        return new TimeRange(start.get(), end);
    }

    private static Optional<ParsedTime> time(String s, String defaultPeriod) {
        for (Pattern p : new Pattern[] {TIME, RUN_TOGETHER_TIME, BARE_HOUR}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                Optional<ParsedTime> t = toTime(m, defaultPeriod, 0);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        Matcher m = DIGIT_TIME.matcher(s);
        if (m.lookingAt() || (m = DIGIT_TIME.matcher(s.strip())).lookingAt()) {
            return toTime(m, defaultPeriod, s.indexOf(s.strip()));
        }
        return Optional.empty();
    }

    private static Optional<ParsedTime> toTime(Matcher m, String defaultPeriod, int offset) {
        String period = present(m.group(1)) ? m.group(1) : defaultPeriod;
        int hour = Integer.parseInt(m.group(2));
        int minute = present(m.group(4)) ? 30 : present(m.group(3)) ? Integer.parseInt(m.group(3)) : 0;
        boolean guessed = false;
        if (period == null) {
            if (hour >= 1 && hour <= 6 && defaultPeriod == null && m.pattern() != DIGIT_TIME) {
                hour += 12;
                guessed = true;
            }
        } else if (("下午".equals(period) || "晚上".equals(period) || "傍晚".equals(period)) && hour < 12) {
            hour += 12;
        } else if ("中午".equals(period) && hour < 11) {
            hour += 12;
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(new ParsedTime(LocalTime.of(hour, minute), guessed, offset + m.end()));
    }

    private static boolean present(String group) {
        return group != null && !group.isEmpty();
    }

    private static String periodOf(String text) {
        Matcher m = TIME.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static DayOfWeek dayOfWeek(char c) {
        return switch (c) {
            case '一' -> DayOfWeek.MONDAY;
            case '二' -> DayOfWeek.TUESDAY;
            case '三' -> DayOfWeek.WEDNESDAY;
            case '四' -> DayOfWeek.THURSDAY;
            case '五' -> DayOfWeek.FRIDAY;
            case '六' -> DayOfWeek.SATURDAY;
            default -> DayOfWeek.SUNDAY;
        };
    }
}
