package tw.mainstream.shared.cache;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tw.mainstream.shared.cluster.ChangeFeed;
import tw.mainstream.shared.cluster.RemoteChanges;
import tw.mainstream.shared.domain.EntityChanged;

/**
 * Reads through the caches of {@link CacheSpec}: a value is served only when no change of the
 * packages that invalidate it was committed since it was loaded, on this node or (in a cluster,
 * after {@link ChangeFeed#catchUp()}) on any other.
 */
@Component
public class ViewCaches {

    private final CacheManager manager;
    private final List<CacheSpec> specs;
    private final ObjectProvider<ChangeFeed> feed;
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    ViewCaches(CacheManager manager, List<CacheSpec> specs, ObjectProvider<ChangeFeed> feed) {
        this.manager = manager;
        this.specs = specs;
        this.feed = feed;
        specs.forEach(s -> generations.put(s.name(), new AtomicLong()));
    }

    /**
     * The cached value, or {@code load}'s. Inside a read-write transaction the cache is bypassed:
     * that transaction may see (and must not publish) its own uncommitted changes.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String cacheName, Object key, Supplier<T> load) {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return load.get();
        }
        feed.ifAvailable(ChangeFeed::catchUp);
        Cache cache = cache(cacheName);
        Cache.ValueWrapper hit = cache.get(key);
        if (hit != null) {
            return (T) hit.get();
        }
        AtomicLong generation = generations.get(cacheName);
        long before = generation.get();
        T value = load.get();
        if (generation.get() == before) {
            // a change committed while loading would otherwise stay hidden until the entry expires
            cache.put(key, value);
        }
        return value;
    }

    /** Empties the cache on this node (other nodes follow the change log). */
    public void clear(String cacheName) {
        generations.get(cacheName).incrementAndGet();
        cache(cacheName).clear();
    }

    @EventListener
    void on(EntityChanged change) {
        clearFor(change);
    }

    @EventListener
    void on(RemoteChanges remote) {
        remote.changes().forEach(this::clearFor);
    }

    private void clearFor(EntityChanged change) {
        for (CacheSpec spec : specs) {
            if (spec.invalidatedBy(change.type())) {
                clear(spec.name());
            }
        }
    }

    private Cache cache(String name) {
        return Objects.requireNonNull(manager.getCache(name), () -> "no cache " + name);
    }
}
