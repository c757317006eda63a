package tw.mainstream.account.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins counted per account and address. After {@code freeFailures} wrong passwords from
 * one address that address waits before it may try that account again; the wait doubles with each
 * further failure up to {@code maxDelay} and then ends by itself. Other addresses, and so the person
 * at their own desk, are not held back. Stored in the database so that it holds across nodes.
 */
@Component
public class SignInThrottle {

    /** A throttled pair as administrators see it. */
    public record Entry(String username, String address, int failures, Instant lastFailureAt, Instant blockedUntil) {
        public boolean blockedAt(Instant now) {
            return blockedUntil != null && blockedUntil.isAfter(now);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;

    SignInThrottle(NamedParameterJdbcTemplate jdbc, Clock clock, LoginProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.freeFailures = settings.freeFailures();
        this.firstDelay = Duration.ofSeconds(settings.firstDelaySeconds());
        this.maxDelay = Duration.ofMinutes(settings.maxDelayMinutes());
    }

    /** When this address may try this account again, if it must wait. */
    @Transactional(readOnly = true)
    public Optional<Instant> blockedUntil(String username, String address) {
        Instant now = clock.instant();
        return find(username, address).filter(e -> e.blockedAt(now)).map(Entry::blockedUntil);
    }

    @Transactional
    public Entry recordFailure(String username, String address) {
        Instant now = clock.instant();
        int failures = find(username, address).map(Entry::failures).orElse(0) + 1;
        Instant blocked = failures < freeFailures ? null : now.plus(delay(failures - freeFailures));
        var params = Map.of("u", username, "a", address, "f", failures, "t", Timestamp.from(now));
        var withBlock = new java.util.HashMap<String, Object>(params);
        withBlock.put("b", blocked == null ? null : Timestamp.from(blocked));
        int updated = jdbc.update("update account_sign_in_throttle set failures = :f, last_failure_at = :t,"
                + " blocked_until = :b where username = :u and address = :a", withBlock);
        if (updated == 0) {
            jdbc.update("insert into account_sign_in_throttle (username, address, failures, last_failure_at,"
                    + " blocked_until) values (:u, :a, :f, :t, :b)", withBlock);
        }
        return new Entry(username, address, failures, now, blocked);
    }

    /** The wait after the n-th failure beyond the free ones: first delay × 2ⁿ, at most the maximum. */
    Duration delay(int beyondFree) {
        Duration d = firstDelay.multipliedBy(1L << Math.min(beyondFree, 20));
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    @Transactional
    public void recordSuccess(String username, String address) {
        jdbc.update("delete from account_sign_in_throttle where username = :u and address = :a",
                Map.of("u", username, "a", address));
    }

    /** Clears every address's count for the account (the administrator's unlock). */
    @Transactional
    public int clear(String username) {
        return jdbc.update("delete from account_sign_in_throttle where username = :u", Map.of("u", username));
    }

    @Transactional(readOnly = true)
    public List<Entry> entries(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select * from account_sign_in_throttle where username in (:u)"
                + " order by last_failure_at desc", Map.of("u", usernames), (rs, i) -> entry(rs));
    }

    /** Forgets counts whose last failure is older than a day. */
    @Transactional
    public int forgetOld() {
        return jdbc.update("delete from account_sign_in_throttle where last_failure_at < :t",
                Map.of("t", Timestamp.from(clock.instant().minus(Duration.ofDays(1)))));
    }

    private Optional<Entry> find(String username, String address) {
        return jdbc.query("select * from account_sign_in_throttle where username = :u and address = :a",
                Map.of("u", username, "a", address), (rs, i) -> entry(rs)).stream().findFirst();
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp blocked = rs.getTimestamp("blocked_until");
        return new Entry(rs.getString("username"), rs.getString("address"), rs.getInt("failures"),
                rs.getTimestamp("last_failure_at").toInstant(), blocked == null ? null : blocked.toInstant());
    }
}
