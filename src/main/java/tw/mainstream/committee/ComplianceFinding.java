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
    public enum Level { PASS, INFO, WARNING, FAIL }

    public boolean passed() {
        return level != Level.FAIL;
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
