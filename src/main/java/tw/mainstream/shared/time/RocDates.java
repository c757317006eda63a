package tw.mainstream.shared.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.chrono.MinguoDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in the ROC (Minguo) calendar, the way government documents write them:
 * {@code 111 年 7 月 25 日（星期一）}, {@code 下午 2 時 30 分}. Stored as ISO everywhere else.
 */
public final class RocDates {

    private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern ROC = Pattern.compile(
            "(?:中華民國|民國)?\\s*(\\d{2,3})\\s*(?:年|/|\\.|-)\\s*(\\d{1,2})\\s*(?:月|/|\\.|-)\\s*(\\d{1,2})\\s*日?");

    private static final Pattern TIME = Pattern.compile(
            "(上午|中午|下午|晚上)?\\s*(\\d{1,2})\\s*(?:[:：時点點]\\s*(?:(\\d{1,2})\\s*分?)?)?");

    /** Years between the Gregorian and the ROC calendar: ROC year 1 is 1912. */
    private static final int ROC_OFFSET = 1911;

    private RocDates() {
    }

    /** The ROC year of a Gregorian year: 2022 → 111. */
    public static int rocYear(int gregorianYear) {
        return gregorianYear - ROC_OFFSET;
    }

    /** The Gregorian year of an ROC year: 111 → 2022. */
    public static int gregorianYear(int rocYear) {
        return rocYear + ROC_OFFSET;
    }

    public static int rocYear(LocalDate date) {
        return MinguoDate.from(date).get(ChronoField.YEAR_OF_ERA);
    }

    /** {@code 111 年 7 月 25 日} */
    public static String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        return rocYear(date) + " 年 " + date.getMonthValue() + " 月 " + date.getDayOfMonth() + " 日";
    }

    /** {@code 111 年 7 月 25 日（星期一）} */
    public static String formatWithWeekday(LocalDate date) {
        if (date == null) {
            return "";
        }
        return format(date) + "（星期" + WEEKDAYS[date.getDayOfWeek().getValue() - 1] + "）";
    }

    /** {@code 111/7/25}: compact, for tables and form fields. */
    public static String formatShort(LocalDate date) {
        if (date == null) {
            return "";
        }
        return rocYear(date) + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
    }

    /** The English rendering keeps the ROC year: {@code ROC 111-07-25 (Mon)}. */
    public static String formatEnglish(LocalDate date) {
        if (date == null) {
            return "";
        }
        return String.format("ROC %d-%02d-%02d (%s)", rocYear(date), date.getMonthValue(), date.getDayOfMonth(),
                date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }

    /** {@code 下午 2 時 30 分}, {@code 上午 9 時}, {@code 中午 12 時}. */
    public static String formatTime(LocalTime time) {
        if (time == null) {
            return "";
        }
        int h = time.getHour();
        String period = h < 12 ? "上午" : h == 12 ? "中午" : "下午";
        int h12 = h > 12 ? h - 12 : h;
        String text = period + " " + h12 + " 時";
        return time.getMinute() == 0 ? text : text + " " + time.getMinute() + " 分";
    }

    /**
     * Reads a date typed by a user: {@code 111/7/25}, {@code 111年7月25日}, {@code 111.07.25},
     * {@code 中華民國111年7月25日} or ISO {@code 2022-07-25}. Empty when it is not a real date.
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip().replace('／', '/').replace('．', '.').replace('－', '-');
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))));
            }
            Matcher roc = ROC.matcher(s);
            if (roc.matches()) {
                int year = Integer.parseInt(roc.group(1));
                if (year < 1) {
                    return Optional.empty();
                }
                return Optional.of(LocalDate.from(MinguoDate.of(year, Integer.parseInt(roc.group(2)),
                        Integer.parseInt(roc.group(3)))));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Reads a time typed by a user: 24-hour {@code 14:30}, or as documents write it
     * {@code 下午 2 時 30 分}, {@code 下午2:30}, {@code 上午 9 時}. Empty when it is not a time of day.
     */
    public static Optional<LocalTime> parseTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip().replace(" ", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(2));
        int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        String period = m.group(1);
        if (period != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            boolean afternoon = period.equals("下午") || period.equals("晚上");
            hour = afternoon && hour < 12 ? hour + 12 : period.equals("上午") && hour == 12 ? 0 : hour;
        }
        try {
            return Optional.of(LocalTime.of(hour, minute));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
