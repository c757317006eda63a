package tw.mainstream.committee.domain;

import tw.mainstream.shared.domain.DomainException;

/** A 400 about one input field: pages show it beside the field, the API names the field. */
public class FieldException extends DomainException {
    private final String field;

    public FieldException(String field, String messageKey, Object... args) {
        super(messageKey, 400, args);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
