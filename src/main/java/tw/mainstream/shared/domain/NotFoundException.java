package tw.mainstream.shared.domain;

/** No such record, or none the user may see: both answer 404 so that scope does not leak. */
public class NotFoundException extends DomainException {
    public NotFoundException(String type, Object id) {
        super("error.notFound", 404, type, id);
    }
}
