package tw.mainstream.tracking.datacall;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rolling answers up: scalars from the first answer that has them, table rows of all answers in order. */
final class Answers {
    private Answers() {
    }

    static Answer merge(FormDefinition form, List<Answer> answers) {
        Map<String, String> scalars = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (FormDefinition.Field f : form.fields()) {
            if (f.type() == FieldType.TABLE) {
                List<Map<String, String>> rows = new ArrayList<>();
                answers.forEach(a -> rows.addAll(a.tables().getOrDefault(f.key(), List.of())));
                tables.put(f.key(), rows);
            } else {
                scalars.put(f.key(), answers.stream().map(a -> a.scalars().get(f.key()))
                        .filter(v -> v != null && !v.isBlank()).findFirst().orElse(""));
            }
        }
        return new Answer(scalars, tables);
    }
}
