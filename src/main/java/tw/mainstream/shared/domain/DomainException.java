package tw.mainstream.shared.domain;

/**
 * A rule refused the request. Carries a message key (resolved in the user's language at the
 * edge), its arguments and the HTTP status the API answers with.
 */
public class DomainException extends RuntimeException {
    private final String messageKey;
    private final int status;
    private final transient Object[] args;

    public DomainException(String messageKey, int status, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.status = status;
        this.args = args;
    }

    /** A 400: the request breaks a business rule. */
    public static DomainException invalid(String messageKey, Object... args) {
        return new DomainException(messageKey, 400, args);
    }

    public String getMessageKey() {
        return messageKey;
    }

    public int getStatus() {
        return status;
    }

    public Object[] getArgs() {
        return args;
    }
}
