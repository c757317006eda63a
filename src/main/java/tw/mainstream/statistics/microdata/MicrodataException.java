package tw.mainstream.statistics.microdata;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A problem with a microdata dataset or query that the user can fix. Carries a message key of the
 * {@code i18n/microdata} bundle, its arguments, and the zh-TW default message (returned by
 * {@link #getMessage()}), so callers can show it as is or look up the English text.
 */
public class MicrodataException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public MicrodataException(String messageKey, String defaultMessage, Object... arguments) {
        this(messageKey, defaultMessage, null, arguments);
    }

    public MicrodataException(String messageKey, String defaultMessage, Throwable cause, Object... arguments) {
        super(new MessageFormat(defaultMessage, Locale.TAIWAN).format(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** Key in {@code i18n/microdata.properties}, e.g. {@code microdata.dataset.fileMissing}. */
    public String getMessageKey() {
        return messageKey;
    }

    /** Arguments of the message pattern ({0}, {1}, …). */
    public Object[] getArguments() {
        return arguments.clone();
    }
}
