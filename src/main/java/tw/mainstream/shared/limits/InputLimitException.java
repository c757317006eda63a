package tw.mainstream.shared.limits;

import tw.mainstream.shared.domain.DomainException;

/** A 400 about one stored field: text longer than its column, or a date outside the sane range. */
public class InputLimitException extends DomainException {
    private final String field;

    InputLimitException(String field, String messageKey, Object... args) {
        super(messageKey, 400, args);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
