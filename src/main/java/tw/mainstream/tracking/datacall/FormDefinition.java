package tw.mainstream.tracking.datacall;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A data call form as stored (JSON): fields, and for TABLE fields the columns of each repeating row. */
public record FormDefinition(List<Field> fields) {

    public record Field(String key, String label, String labelEn, FieldType type, boolean required,
                        List<String> options, List<Field> columns) {
        public String label(Locale locale) {
            return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : label;
        }

        public List<String> options() {
            return options == null ? List.of() : options;
        }

        public List<Field> columns() {
            return columns == null ? List.of() : columns;
        }
    }

    /** The first repeating table: consolidation makes one line per row of it. */
    public Optional<Field> table() {
        return fields.stream().filter(f -> f.type() == FieldType.TABLE).findFirst();
    }

    public List<Field> scalars() {
        return fields.stream().filter(f -> f.type() != FieldType.TABLE).toList();
    }
}
