package tw.mainstream.committee;

import java.util.List;
import java.util.Map;

/**
 * One rule checked on one date: its level, the numbers behind it ({@code members}, {@code women},
 * {@code required} …) and a message key with arguments, resolved in the reader's language at the edge.
 * Arguments may be message-source resolvables (sex labels, fractions) so that they translate too.
 */
public record ComplianceFinding(ComplianceRule rule, Level level, Map<String, Integer> numbers, String messageKey,
                                List<Object> args) {

    /** PASS and INFO are fine, WARNING needs attention (e.g. a recorded exception), FAIL breaks the charter. */
    public enum Level {
        PASS, INFO, WARNING, FAIL;

        /** The Bootstrap badge of the level on the compliance page. */
        public String badge() {
            return switch (this) {
                case FAIL -> "text-bg-danger";
                case WARNING -> "text-bg-warning";
                case PASS -> "text-bg-success";
                case INFO -> "text-bg-secondary";
            };
        }
    }

    public boolean passed() {
        return level != Level.FAIL;
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
