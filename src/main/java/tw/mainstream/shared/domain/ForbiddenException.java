package tw.mainstream.shared.domain;

/** The user is signed in but their role or scope does not allow this action. */
public class ForbiddenException extends DomainException {
    public ForbiddenException() {
        super("error.forbidden", 403);
    }
}
