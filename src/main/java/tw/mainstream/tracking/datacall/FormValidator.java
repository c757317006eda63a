package tw.mainstream.tracking.datacall;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.mainstream.shared.time.RocDates;

/**
 * Checks and normalises an answer against its form: numbers, whole NT$ thousands, ROC or ISO dates,
 * choices from the list; required fields only when submitting. Empty table rows are dropped.
 */
public final class FormValidator {
    private FormValidator() {
    }

    /** A field that failed: where (key, 1-based row or 0), the message key and its arguments. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AnswerProblem")
    public record Problem(String field, int row, String messageKey, Object... args) {
    }

    /** The normalised answer and any problems; the answer is only saved when there are none. */
    public record Result(Answer answer, List<Problem> problems) {
    }

    public static Result validate(FormDefinition form, Answer input, boolean submit) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> scalars = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (FormDefinition.Field f : form.fields()) {
            if (f.type() == FieldType.TABLE) {
                List<Map<String, String>> rows = new ArrayList<>();
                for (Map<String, String> raw : input.tables().getOrDefault(f.key(), List.of())) {
                    if (raw.values().stream().allMatch(v -> v == null || v.isBlank())) {
                        continue;
                    }
                    Map<String, String> row = new LinkedHashMap<>();
                    for (FormDefinition.Field c : f.columns()) {
                        row.put(c.key(), check(c, raw.get(c.key()), submit, rows.size() + 1, problems));
                    }
                    rows.add(row);
                }
                if (submit && f.required() && rows.isEmpty()) {
                    problems.add(new Problem(f.key(), 0, "tracking.dataCall.error.required", f.label()));
                }
                tables.put(f.key(), rows);
            } else {
                scalars.put(f.key(), check(f, input.scalars().get(f.key()), submit, 0, problems));
            }
        }
        return new Result(new Answer(scalars, tables), problems);
    }

    private static String check(FormDefinition.Field f, String raw, boolean submit, int row, List<Problem> problems) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) {
            if (submit && f.required()) {
                problems.add(new Problem(f.key(), row, "tracking.dataCall.error.required", f.label()));
            }
            return "";
        }
        switch (f.type()) {
            case NUMBER -> {
                try {
                    return new BigDecimal(v.replace(",", "")).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    problems.add(new Problem(f.key(), row, "tracking.dataCall.error.number", f.label(), v));
                }
            }
            case AMOUNT -> {
                try {
                    return new BigDecimal(v.replace(",", "")).toBigIntegerExact().toString();
                } catch (NumberFormatException | ArithmeticException e) {
                    problems.add(new Problem(f.key(), row, "tracking.dataCall.error.amount", f.label(), v));
                }
            }
            case DATE -> {
                var date = RocDates.parse(v);
                if (date.isPresent()) {
                    return date.get().toString();
                }
                problems.add(new Problem(f.key(), row, "tracking.dataCall.error.date", f.label(), v));
            }
            case CHOICE -> {
                if (f.options().contains(v)) {
                    return v;
                }
                problems.add(new Problem(f.key(), row, "tracking.dataCall.error.choice", f.label(), v));
            }
            default -> {
                return v;
            }
        }
        return v;
    }
}
