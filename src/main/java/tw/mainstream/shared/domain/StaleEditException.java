package tw.mainstream.shared.domain;

/** Someone else saved the record after this user opened it: their change is not overwritten. */
public class StaleEditException extends DomainException {
    public StaleEditException(String type, Object id) {
        super("error.conflict", 409, type, id);
    }
}
