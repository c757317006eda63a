package tw.mainstream.shared.time;

import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Templates format dates through {@code ${@roc.date(d)}} in the reader's language. */
@Component("roc")
public class RocDateHelper {
    public String date(LocalDate d) {
        return isEnglish() ? RocDates.formatEnglish(d) : RocDates.formatWithWeekday(d);
    }

    public String plain(LocalDate d) {
        return isEnglish() ? RocDates.formatEnglish(d) : RocDates.format(d);
    }

    public String shortDate(LocalDate d) {
        return RocDates.formatShort(d);
    }

    /** A stored ISO date (2022-07-25) as people type and read it (111/7/25); any other text as it is. */
    public String shortDateText(String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return value;
        }
        try {
            return RocDates.formatShort(LocalDate.parse(value));
        } catch (java.time.format.DateTimeParseException e) {
            return value;
        }
    }

    public String time(LocalTime t) {
        return t == null ? "" : isEnglish() ? t.toString() : RocDates.formatTime(t);
    }

    public int year(LocalDate d) {
        return RocDates.rocYear(d);
    }

    private static boolean isEnglish() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
