package tw.mainstream.shared.audit;

import jakarta.persistence.EntityManager;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/** The change history of any audited record, oldest first, checked against the reader's scope. */
@Service
public class HistoryService {

    private final EntityManager entityManager;
    private final Map<String, AuditedType> types;

    HistoryService(EntityManager entityManager, List<AuditedType> types) {
        this.entityManager = entityManager;
        this.types = types.stream().collect(Collectors.toMap(AuditedType::name, Function.identity()));
    }

    public List<String> typeNames() {
        return types.keySet().stream().sorted().toList();
    }

    @Transactional(readOnly = true)
    public List<ChangeView> history(String typeName, long id, CurrentUser user) {
        AuditedType type = types.get(typeName);
        if (type == null) {
            throw new NotFoundException("history", typeName);
        }
        List<Object[]> rows = revisions(type.entityClass(), id);
        if (rows.isEmpty()) {
            throw new NotFoundException(typeName, id);
        }
        Long agencyId = agencyOf(type, id, rows);
        user.requireReadAgency(agencyId);
        if (type.readRule() != null && !type.readRule().canRead(user, current(type, id, rows))) {
            throw new NotFoundException(typeName, id);
        }
        List<ChangeView> result = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object entity = row[0];
            AuditRevision rev = (AuditRevision) row[1];
            RevisionType kind = (RevisionType) row[2];
            result.add(new ChangeView(rev.getId(), Instant.ofEpochMilli(rev.getTimestamp()),
                    rev.getUsername(), kind.name(), diff(previous, entity)));
            previous = entity;
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> revisions(Class<?> entityClass, long id) {
        return AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityClass, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
    }

    /** The live record decides the scope; for a deleted one, its last audited state. */
    private Long agencyOf(AuditedType type, long id, List<Object[]> rows) {
        Long agency = type.agencyOf().apply(id);
        if (agency != null) {
            return agency;
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            Object value = property(rows.get(i)[0], "agencyId");
            if (value instanceof Long l) {
                return l;
            }
        }
        return null;
    }

    /** The live record, or its last audited state when it has been deleted. */
    private Object current(AuditedType type, long id, List<Object[]> rows) {
        Object live = entityManager.find(type.entityClass(), id);
        if (live != null) {
            return live;
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i)[0] != null) {
                return rows.get(i)[0];
            }
        }
        return null;
    }

    static List<FieldChange> diff(Object before, Object after) {
        return diff("", before, after);
    }

    /** Field by field; an embedded part (the charter of a task force) by its own fields, named {@code part.field}. */
    private static List<FieldChange> diff(String prefix, Object before, Object after) {
        List<FieldChange> changes = new ArrayList<>();
        Object sample = after != null ? after : before;
        for (PropertyDescriptor pd : properties(sample.getClass())) {
            String name = pd.getName();
            if (name.equals("class") || name.equals("version") || name.equals("id")) {
                continue;
            }
            Object oldValue = before == null ? null : property(before, name);
            Object newValue = after == null ? null : property(after, name);
            if (embedded(oldValue) || embedded(newValue)) {
                changes.addAll(diff(prefix + name + ".", oldValue, newValue));
            } else if (!Objects.equals(oldValue, newValue) && !(oldValue instanceof Iterable) && !(newValue instanceof Iterable)) {
                changes.add(new FieldChange(prefix + name, text(oldValue), text(newValue)));
            }
        }
        return changes;
    }

    private static boolean embedded(Object value) {
        return value != null && value.getClass().isAnnotationPresent(jakarta.persistence.Embeddable.class);
    }

    private static PropertyDescriptor[] properties(Class<?> type) {
        try {
            return Introspector.getBeanInfo(type).getPropertyDescriptors();
        } catch (java.beans.IntrospectionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object property(Object bean, String name) {
        if (bean == null) {
            return null;
        }
        for (PropertyDescriptor pd : properties(bean.getClass())) {
            if (pd.getName().equals(name) && pd.getReadMethod() != null) {
                try {
                    return pd.getReadMethod().invoke(bean);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
