package tw.mainstream.tracking.domain;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * A short-lived cache of read models (dashboard aggregates, follow-up tables). Every write of the
 * tracking services clears it on this node; other nodes see a change within {@link #TTL_MILLIS}.
 */
@Component
public class TrackingCache {

    static final long TTL_MILLIS = 15_000;
    private static final int MAX_ENTRIES = 2_000;

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    TrackingCache(Clock clock) {
        this.clock = clock;
    }

    private record Entry(long expires, Object value) {
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> load) {
        long now = clock.millis();
        Entry e = entries.get(key);
        if (e != null && e.expires() > now) {
            return (T) e.value();
        }
        T value = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(now + TTL_MILLIS, value));
        return value;
    }

    /** Called by every write of tracked items, reports and decisions. */
    public void clear() {
        entries.clear();
    }
}
