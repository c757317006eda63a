package tw.mainstream.shared.audit;

/** One property of a record before and after a revision. */
public record FieldChange(String field, String oldValue, String newValue) {
}
