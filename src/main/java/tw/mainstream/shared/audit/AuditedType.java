package tw.mainstream.shared.audit;

import java.util.function.LongFunction;
import tw.mainstream.shared.security.CurrentUser;

/**
 * A kind of record whose history can be shown, registered as a bean by the module that owns it.
 * History obeys the record's own read rule: {@code agencyOf} tells which agency a record belongs
 * to (null when the record is gone or belongs to no agency), and {@code readRule}, when the module
 * scopes reading more narrowly than the agency (a liaison's unit), decides on the record itself.
 */
public record AuditedType(String name, Class<?> entityClass, LongFunction<Long> agencyOf, ReadRule readRule) {

    /** A type readable by everyone who may read its agency. */
    public AuditedType(String name, Class<?> entityClass, LongFunction<Long> agencyOf) {
        this(name, entityClass, agencyOf, null);
    }

    /**
     * The module's read rule for one record. {@code record} is the live record when it exists,
     * otherwise its last audited state (same class), so deleted records keep their scope.
     */
    @FunctionalInterface
    public interface ReadRule {
        boolean canRead(CurrentUser user, Object record);
    }
}
