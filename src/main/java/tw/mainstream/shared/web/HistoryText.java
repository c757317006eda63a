package tw.mainstream.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tw.mainstream.shared.time.RocDates;

/**
 * The change history as people read it ({@code ${@historyText…}}): the record type and field names from
 * the message bundles (the labels of the record's own form, e.g. {@code committee.membership.appointedOn}),
 * dates in the ROC calendar, yes and no; what has no label keeps its technical name.
 */
@Component("historyText")
public class HistoryText {

    private static final List<String> MODULES = List.of("committee", "meeting", "tracking", "statistics", "budget",
            "training", "account", "importing", "publicsite");
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final MessageSource messages;

    HistoryText(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code membership #12} as 委員聘任 #12. */
    public String record(String type, long id) {
        return message("history.type." + type, type) + " #" + id;
    }

    public String field(String type, String field) {
        String camel = camel(type);
        for (String module : MODULES) {
            String label = message(module + "." + camel + "." + field, null);
            if (label == null && field.contains(".")) {
                label = message(module + "." + field, null);
            }
            if (label != null) {
                return label;
            }
        }
        return field;
    }

    public String value(String raw) {
        if (raw == null) {
            return "";
        }
        if (raw.equals("true") || raw.equals("false")) {
            return message(raw.equals("true") ? "app.yes" : "app.no", raw);
        }
        if (raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return english() ? raw : RocDates.formatShort(java.time.LocalDate.parse(raw));
        }
        return raw;
    }

    public String at(Instant at) {
        var time = at.atZone(TAIPEI);
        return (english() ? time.toLocalDate().toString() : RocDates.formatShort(time.toLocalDate()))
                + " " + time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private static String camel(String type) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char c : type.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }

    private String message(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }

    private static boolean english() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
