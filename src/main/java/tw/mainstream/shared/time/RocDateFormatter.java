package tw.mainstream.shared.time;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.Formatter;

/** Binds form fields of type LocalDate from any accepted ROC or ISO form and prints 111/7/25. */
public class RocDateFormatter implements Formatter<LocalDate> {
    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        return RocDates.parse(text).orElseThrow(() -> new ParseException(text, 0));
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return RocDates.formatShort(date);
    }
}
