package tw.mainstream.shared.cache;

import java.time.Duration;
import java.util.List;

/**
 * A cache of read models that a module declares as a bean: its name, size, lifetime (a safety
 * net for writes that bypass the entities), and the packages whose committed changes empty it,
 * on this node at once and on the other nodes through the change log.
 */
public record CacheSpec(String name, int maxEntries, Duration ttl, List<String> invalidatedBy) {

    boolean invalidatedBy(Class<?> type) {
        String pkg = type.getPackageName();
        return invalidatedBy.stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
    }
}
