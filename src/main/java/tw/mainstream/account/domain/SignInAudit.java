package tw.mainstream.account.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The sign-in audit: sign-ins, failures, refusals and access changes with time, address and method. */
@Component
public class SignInAudit {

    /** What happened. */
    public enum Outcome { SUCCESS, FAILURE, THROTTLED, DISABLED, NO_ROLE, ACCESS_CHANGED, SESSION_ENDED }

    /** How: local password, directory, identity provider, or an administrator's action. */
    public enum Method { PASSWORD, LDAP, OIDC, TOTP, ADMIN, SYSTEM }

    public record Event(long id, Instant occurredAt, String username, Long agencyId, String address, Method method,
                        Outcome outcome, String detail, String actor) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    SignInAudit(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Written in its own transaction so that a refused sign-in is recorded even when the rest rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, Long agencyId, String address, Method method, Outcome outcome,
                       String detail, String actor) {
        Map<String, Object> p = new HashMap<>();
        p.put("t", Timestamp.from(clock.instant()));
        p.put("u", cut(username, 100));
        p.put("g", agencyId);
        p.put("a", cut(address, 64));
        p.put("m", method.name());
        p.put("o", outcome.name());
        p.put("d", cut(detail, 300));
        p.put("x", cut(actor, 100));
        jdbc.update("insert into account_sign_in_event (occurred_at, username, agency_id, address, method, outcome,"
                + " detail, actor) values (:t, :u, :g, :a, :m, :o, :d, :x)", p);
    }

    /** Newest first; {@code agencies} null means every agency (and events of no agency). */
    @Transactional(readOnly = true)
    public List<Event> events(Collection<Long> agencies, String username, int limit) {
        Map<String, Object> p = new HashMap<>();
        StringBuilder sql = new StringBuilder("select * from account_sign_in_event where 1 = 1");
        if (agencies != null) {
            if (agencies.isEmpty()) {
                return List.of();
            }
            sql.append(" and agency_id in (:g)");
            p.put("g", agencies);
        }
        if (username != null && !username.isBlank()) {
            sql.append(" and username = :u");
            p.put("u", username.strip());
        }
        sql.append(" order by occurred_at desc, id desc limit ").append(Math.max(1, Math.min(limit, 10_000)));
        return jdbc.query(sql.toString(), p, (rs, i) -> new Event(rs.getLong("id"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("username"),
                (Long) rs.getObject("agency_id", Long.class), rs.getString("address"),
                Method.valueOf(rs.getString("method")), Outcome.valueOf(rs.getString("outcome")),
                rs.getString("detail"), rs.getString("actor")));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
