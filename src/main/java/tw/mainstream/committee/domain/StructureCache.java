package tw.mainstream.committee.domain;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tw.mainstream.shared.domain.EntityChanged;

/**
 * Units and task forces as other modules read them on nearly every page: cached views, dropped
 * on this node after any committee record is committed, and after {@link #TTL_MILLIS} so that
 * other nodes catch up.
 */
@Component
public class StructureCache {

    static final long TTL_MILLIS = 60_000;
    private static final int MAX_ENTRIES = 5_000;

    private record Entry(long expires, Object value) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock;

    StructureCache(Clock clock) {
        this.clock = clock;
    }

    /**
     * The cached value, or {@code load}'s. Inside a read-write transaction the cache is bypassed:
     * that transaction may see (and must not publish) its own uncommitted changes.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> load) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return load.get();
        }
        long now = clock.millis();
        Entry e = entries.get(key);
        if (e != null && e.expires() > now) {
            return (T) e.value();
        }
        long before = generation.get();
        T value = load.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        if (generation.get() == before) {
            // a change committed while loading would otherwise be hidden for a minute
            entries.put(key, new Entry(now + TTL_MILLIS, value));
        }
        return value;
    }

    @EventListener
    void on(EntityChanged change) {
        if (change.type().getPackageName().startsWith("tw.mainstream.committee")) {
            generation.incrementAndGet();
            entries.clear();
        }
    }
}
