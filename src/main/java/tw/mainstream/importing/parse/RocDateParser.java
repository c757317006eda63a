package tw.mainstream.importing.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as written in Taiwanese minutes: ROC years in every usual form (111 年 7 月 25 日,
 * 中華民國 112 年 7 月 24 日, 110-12-29, 99.3.30, 104/10/12; four-digit years are Gregorian), an optional
 * weekday in parentheses that is checked against the date, and times such as 下午 2 時 30 分, 下午 15 時
 * 10 分 (already 24-hour), 上午 9 時, 14:30.
 */
public final class RocDateParser {
    private static final int ROC_OFFSET = 1911;
    private static final Pattern WRITTEN = Pattern.compile(
            "(?:中華民國|民國)?\\s*(\\d{2,4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./-])(\\d{2,4})\\s*([-./])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})(?![\\d./])");
    private static final Pattern WEEKDAY = Pattern.compile(
            "^\\s*[(（]?\\s*(?:星期|週|周|禮拜)\\s*([一二三四五六日天])\\s*[)）]?");
    private static final Pattern TIME = Pattern.compile(
            "(上午|早上|中午|下午|晚上|傍晚)?\\s*(\\d{1,2})\\s*(?:時|點|[:：](?=\\s*\\d))\\s*(?:(\\d{1,2})\\s*分?|(半))?");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("^\\s*(?:至|到|~|～|－|—|-|–)\\s*");

    private RocDateParser() {
    }

    /** A date found in a text, with where it ended and whether a printed weekday disagreed with it. */
    public record ParsedDate(LocalDate date, boolean weekdayMismatch, int end) {
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
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(yearGroup));
        if (year < 1000) {
            year += ROC_OFFSET;
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
            mismatch = date.getDayOfWeek() != dayOfWeek(weekday.group(1).charAt(0));
            end += weekday.end();
        }
        return Optional.of(new ParsedDate(date, mismatch, end));
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
            Matcher m = TIME.matcher(rest.substring(separator.end()));
            if (m.lookingAt()) {
                end = toTime(m, period, 0).orElse(null);
            }
        }
        return new TimeRange(start.get(), end);
    }

    private static Optional<ParsedTime> time(String s, String defaultPeriod) {
        Matcher m = TIME.matcher(s);
        while (m.find()) {
            Optional<ParsedTime> t = toTime(m, defaultPeriod, 0);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    private static Optional<ParsedTime> toTime(Matcher m, String defaultPeriod, int offset) {
        String period = m.group(1) != null ? m.group(1) : defaultPeriod;
        int hour = Integer.parseInt(m.group(2));
        int minute = m.group(4) != null ? 30 : m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
        boolean guessed = false;
        if (period == null) {
            if (hour >= 1 && hour <= 6) {
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
