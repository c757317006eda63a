package tw.mainstream.shared.cluster;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tw.mainstream.shared.domain.EntityChanged;

/**
 * Follows the change log on a node of a cluster ({@code mainstream.cluster.enabled=true}): every
 * {@code mainstream.cluster.poll-millis} it reads the entries after its position and publishes the
 * other nodes' changes as {@link RemoteChanges}. Identity values are taken before commit, so an
 * entry may become visible after a higher one: skipped ids are re-read until they appear or
 * {@code mainstream.cluster.gap-seconds} pass (a rolled-back transaction leaves a gap for ever).
 */
@Component
@ConditionalOnProperty(name = "mainstream.cluster.enabled", havingValue = "true")
public class ChangeFeed {
    private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
    private static final int BATCH = 1000;
    private static final String COLUMNS = "select id, node_id, entity_type, entity_id, deleted from change_log";

    private record Entry(long id, String node, String type, String entityId, boolean deleted) {
    }

    private final JdbcTemplate jdbc;
    private final NodeIdentity node;
    private final ApplicationEventPublisher events;
    private final List<ChangeFeedCursor> cursors;
    private final long pollMillis;
    private final long gapMillis;
    /** Skipped ids and when they were first missed. */
    private final Map<Long, Long> gaps = new TreeMap<>();
    private volatile long position = -1;
    private ScheduledExecutorService timer;

    ChangeFeed(JdbcTemplate jdbc, NodeIdentity node, ApplicationEventPublisher events, List<ChangeFeedCursor> cursors,
               ClusterProperties settings) {
        this.jdbc = jdbc;
        this.node = node;
        this.events = events;
        this.cursors = cursors;
        this.pollMillis = settings.pollMillis();
        this.gapMillis = settings.gapSeconds() * 1000;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() {
        long latest = latestId();
        OptionalLong remembered = cursors.stream().map(ChangeFeedCursor::appliedPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
        position = remembered.orElse(latest);
        Long oldest = jdbc.queryForObject("select min(id) from change_log", Long.class);
        if (oldest != null && position < oldest - 1) {
            log.warn("Change log pruned past this node's position {} (oldest {}): readers rebuild", position, oldest);
            events.publishEvent(new ChangeLogLost(position, oldest));
            position = latest;
        }
        log.info("Following the change log as node {} from id {} (latest {})", node.id(), position, latest);
        poll();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "change-feed");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::pollQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /**
     * Applies, before returning, every change committed so far anywhere: caches call this before
     * answering so that no node serves a page older than another node's committed write.
     */
    public void catchUp() {
        if (position >= 0 && latestId() > position) {
            poll();
        }
    }

    /** This node's position in the log (tests, diagnostics). */
    public long position() {
        return position;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Change log poll failed: {}", e.getMessage());
        }
    }

    synchronized void poll() {
        if (position < 0) {
            return;
        }
        long now = System.currentTimeMillis();
        List<Entry> found = new ArrayList<>(lateEntries());
        List<Entry> fresh = jdbc.query(COLUMNS + " where id > ? order by id limit " + BATCH, this::entry, position);
        long expected = position + 1;
        for (Entry e : fresh) {
            for (long missing = expected; missing < e.id() && gaps.size() < 10 * BATCH; missing++) {
                gaps.put(missing, now);
            }
            expected = e.id() + 1;
        }
        found.addAll(fresh);
        if (found.isEmpty()) {
            return;
        }
        long newPosition = fresh.isEmpty() ? position : fresh.get(fresh.size() - 1).id();
        gaps.values().removeIf(since -> now - since > gapMillis);
        List<EntityChanged> changes = new ArrayList<>();
        for (Entry e : found) {
            Class<?> type = ChangeTypes.type(e.type());
            if (type != null && !e.node().equals(node.id())) {
                changes.add(new EntityChanged(type, ChangeTypes.id(e.entityId()), e.deleted()));
            }
        }
        position = newPosition;
        long durable = gaps.isEmpty() ? newPosition : ((TreeMap<Long, Long>) gaps).firstKey() - 1;
        events.publishEvent(new RemoteChanges(List.copyOf(changes), durable));
    }

    private List<Entry> lateEntries() {
        if (gaps.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(gaps.keySet());
        List<Entry> late = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            late.addAll(jdbc.query(COLUMNS + " where id in (" + marks + ") order by id", this::entry, chunk.toArray()));
        }
        for (Iterator<Entry> it = late.iterator(); it.hasNext(); ) {
            gaps.remove(it.next().id());
        }
        return late;
    }

    private Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5));
    }

    private long latestId() {
        Long max = jdbc.queryForObject("select max(id) from change_log", Long.class);
        return max == null ? 0 : max;
    }
}
