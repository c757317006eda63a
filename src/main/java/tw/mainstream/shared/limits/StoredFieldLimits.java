package tw.mainstream.shared.limits;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The limits every stored record obeys, read from the schema itself: a text field may not be
 * longer than its column (varchar length from the database's metadata, mapped to the entity's
 * fields, embedded ones included), and a date must lie between 1912-01-01 (ROC year 1) and
 * 2200-12-31. Checked before every insert and update, so no module lists its fields by hand.
 */
public class StoredFieldLimits {
    public static final LocalDate FIRST_DATE = LocalDate.of(1912, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2200, 12, 31);

    private final Map<String, Integer> columnSizes;
    private final Map<Class<?>, List<Limit>> byClass = new ConcurrentHashMap<>();

    StoredFieldLimits(DataSource dataSource) throws SQLException {
        this.columnSizes = varcharSizes(dataSource);
    }

    /** Throws {@link InputLimitException} for the first field of the entity that breaks a limit. */
    public void check(Object entity, EntityPersister persister) {
        for (Limit limit : byClass.computeIfAbsent(entity.getClass(), c -> limits(c, persister))) {
            limit.check(entity);
        }
    }

    private List<Limit> limits(Class<?> type, EntityPersister persister) {
        String table = persister instanceof AbstractEntityPersister p ? p.getTableName() : null;
        List<Limit> out = new ArrayList<>();
        collect(type, table, new ArrayList<>(), out);
        return List.copyOf(out);
    }

    private void collect(Class<?> type, String table, List<Field> path, List<Limit> out) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                        || f.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                List<Field> here = new ArrayList<>(path);
                here.add(f);
                if (f.getType() == String.class && table != null) {
                    Integer size = columnSizes.get(key(table, columnName(f)));
                    if (size != null) {
                        out.add(new Limit(here, size));
                    }
                } else if (f.getType() == LocalDate.class) {
                    out.add(new Limit(here, null));
                } else if (f.getType().isAnnotationPresent(Embeddable.class)) {
                    collect(f.getType(), table, here, out);
                }
            }
        }
    }

    /** The column Hibernate uses: the @Column name, else the field name in snake case (Boot's naming). */
    private static String columnName(Field f) {
        Column column = f.getAnnotation(Column.class);
        if (column != null && !column.name().isEmpty()) {
            return column.name();
        }
        return f.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String key(String table, String column) {
        String t = table.contains(".") ? table.substring(table.lastIndexOf('.') + 1) : table;
        return (t + "." + column).toLowerCase(Locale.ROOT);
    }

    private static Map<String, Integer> varcharSizes(DataSource dataSource) throws SQLException {
        Map<String, Integer> sizes = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(null, c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String typeName = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                    int size = rs.getInt("COLUMN_SIZE");
                    if ((typeName.contains("char") || typeName.equals("varchar")) && size > 0 && size < 10_000_000) {
                        sizes.putIfAbsent(key(rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME")), size);
                    }
                }
            }
        }
        return sizes;
    }

    /** One field (reached through embedded objects) with its maximum length, or a date field (size null). */
    private record Limit(List<Field> path, Integer size) {
        Limit {
            path.forEach(f -> f.setAccessible(true));
        }

        void check(Object entity) {
            Object value = entity;
            for (Field f : path) {
                if (value == null) {
                    return;
                }
                try {
                    value = f.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            String field = path.get(path.size() - 1).getName();
            if (value instanceof String s && size != null && s.length() > size) {
                throw new InputLimitException(field, "error.tooLong", field, size);
            }
            if (value instanceof LocalDate d && (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE))) {
                throw new InputLimitException(field, "error.dateRange", field);
            }
        }
    }
}
