package tw.mainstream.document;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Dates and times as written in official documents (民國紀年), e.g.
 * 「111 年 7 月 25 日（星期一）」 and 「下午 2 時 30 分」.
 */
public final class RocText {

    /** ROC year 1 is 1912. */
    public static final int ROC_OFFSET = 1911;

    private static final String[] WEEKDAYS = {"一", "二", "三", "四", "五", "六", "日"};

    private RocText() {
    }

    /** The ROC year of a date: 2022 → 111. */
    public static int rocYear(LocalDate date) {
        int year = date.getYear() - ROC_OFFSET;
        if (year < 1) {
            throw new IllegalArgumentException("Dates before ROC year 1 (1912) are not supported: " + date);
        }
        return year;
    }

    /** 「111 年 7 月 25 日」. */
    public static String date(LocalDate date) {
        return rocYear(date) + " 年 " + date.getMonthValue() + " 月 " + date.getDayOfMonth() + " 日";
    }

    /** 「111 年 7 月 25 日（星期一）」. */
    public static String dateWithWeekday(LocalDate date) {
        return date(date) + "（" + weekday(date.getDayOfWeek()) + "）";
    }

    /** 「星期一」. */
    public static String weekday(DayOfWeek day) {
        return "星期" + WEEKDAYS[day.getValue() - 1];
    }

    /** Compact form used in tables: 「111/7/25」. */
    public static String shortDate(LocalDate date) {
        return rocYear(date) + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
    }

    /** 「上午 9 時」, 「中午 12 時 30 分」, 「下午 2 時 30 分」 (12-hour clock). */
    public static String time(LocalTime time) {
        int hour = time.getHour();
        String period = hour < 12 ? "上午" : hour == 12 ? "中午" : "下午";
        int shown = hour > 12 ? hour - 12 : hour;
        String text = period + " " + shown + " 時";
        return time.getMinute() == 0 ? text : text + " " + time.getMinute() + " 分";
    }

    /** 「111 年 7 月 25 日（星期一）下午 2 時 30 分」. */
    public static String dateTime(LocalDateTime dateTime) {
        return dateWithWeekday(dateTime.toLocalDate()) + time(dateTime.toLocalTime());
    }

    /** 「111 年」 for a year given in the Gregorian calendar. */
    public static String year(int gregorianYear) {
        return rocYear(LocalDate.of(gregorianYear, 1, 1)) + " 年";
    }
}
