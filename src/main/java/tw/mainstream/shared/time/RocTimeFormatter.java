package tw.mainstream.shared.time;

import java.text.ParseException;
import java.time.LocalTime;
import java.util.Locale;
import org.springframework.format.Formatter;

/** Binds form fields of type LocalTime from 14:30 or 下午 2 時 30 分 and prints 24-hour 14:30. */
public class RocTimeFormatter implements Formatter<LocalTime> {
    @Override
    public LocalTime parse(String text, Locale locale) throws ParseException {
        return RocDates.parseTime(text).orElseThrow(() -> new ParseException(text, 0));
    }

    @Override
    public String print(LocalTime time, Locale locale) {
        return String.format("%d:%02d", time.getHour(), time.getMinute());
    }
}
