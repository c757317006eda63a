package tw.mainstream.shared.audit;

import java.util.function.LongFunction;

/**
 * A kind of record whose history can be shown, registered as a bean by the module that owns it.
 * {@code agencyOf} tells which agency a record belongs to, so that history obeys the same scope
 * as the record itself (null when the record is gone or belongs to no agency);
 * {@code adminOnly} types (accounts) show their history to system administrators only.
 */
public record AuditedType(String name, Class<?> entityClass, LongFunction<Long> agencyOf, boolean adminOnly) {

    public AuditedType(String name, Class<?> entityClass, LongFunction<Long> agencyOf) {
        this(name, entityClass, agencyOf, false);
    }
}
