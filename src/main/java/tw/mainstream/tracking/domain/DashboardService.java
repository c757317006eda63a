package tw.mainstream.tracking.domain;

import tw.mainstream.shared.cache.ViewCaches;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.tracking.domain.DashboardView.ItemLine;
import tw.mainstream.tracking.domain.DashboardView.UnitLine;

/**
 * Open items by unit, overdue, without a report for this round, by age: aggregates in SQL and
 * one page of items, so that an agency with thousands of items answers quickly.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private static final String REPORTED = "exists (select 1 from tracking_report r where r.item_id = i.id"
            + " and r.round = i.round and r.status in ('SUBMITTED', 'ACCEPTED'))";
    private static final String DUE = "(case when i.due_kind = 'DATE' then i.due_date else s.next_meeting_date end)";
    private static final String OVERDUE = "(" + DUE + " < :today and not " + REPORTED + ")";
    private static final String FROM = " from tracking_item i left join tracking_setting s"
            + " on s.task_force_id = i.task_force_id where i.status = 'OPEN' and i.agency_id in (:agencies)";

    private final NamedParameterJdbcTemplate jdbc;
    private final CommitteeApi committee;
    private final Clock clock;
    private final ViewCaches cache;

    DashboardService(NamedParameterJdbcTemplate jdbc, CommitteeApi committee, Clock clock, ViewCaches cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.committee = committee;
        this.clock = clock;
    }

    public DashboardView dashboard(CurrentUser user, DashboardFilter filter) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(user, filter, p);
        return cache.get(TrackingCaches.VIEWS, List.of("dashboard", p.getValues().toString(), where, filter),
                () -> compute(filter, p, where));
    }

    /**
     * A rendering of the dashboard (its HTML tables), cached with it for everyone of the same scope
     * and filter: {@code variant} names the rendering, e.g. the locale.
     */
    public <R> R rendered(CurrentUser user, DashboardFilter filter, Object variant, Function<DashboardView, R> render) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(user, filter, p);
        return cache.get(TrackingCaches.VIEWS, List.of("dashboard-rendered", p.getValues().toString(), where, filter, variant),
                () -> render.apply(dashboard(user, filter)));
    }

    private DashboardView compute(DashboardFilter filter, MapSqlParameterSource p, String where) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, String> names = unitNames(p);
        List<UnitLine> units = jdbc.query("select i.lead_unit_id, count(*) n, sum(case when " + OVERDUE
                + " then 1 else 0 end) late, sum(case when " + REPORTED + " then 0 else 1 end) unreported,"
                + " min(i.origin_date) oldest" + FROM + where + " group by i.lead_unit_id", p, (rs, n) -> {
                    LocalDate oldest = rs.getDate("oldest").toLocalDate();
                    long unit = rs.getLong("lead_unit_id");
                    return new UnitLine(unit, names.get(unit), rs.getLong("n"), rs.getLong("late"),
                            rs.getLong("unreported"), oldest, ChronoUnit.DAYS.between(oldest, today));
                });
        units = units.stream().sorted(java.util.Comparator.comparingLong(UnitLine::open).reversed()
                .thenComparing(UnitLine::unitId)).toList();
        Long total = jdbc.queryForObject("select count(*)" + FROM + where, p, Long.class);
        p.addValue("limit", DashboardFilter.PAGE_SIZE).addValue("offset", filter.page() * DashboardFilter.PAGE_SIZE);
        List<ItemLine> items = items(where + " order by i.origin_date, i.id limit :limit offset :offset", p, names);
        int pages = (int) ((total + DashboardFilter.PAGE_SIZE - 1) / DashboardFilter.PAGE_SIZE);
        return new DashboardView(units, items, total, filter.page(), pages);
    }

    /** Every matching item (for exports), capped at {@code max} rows. */
    public List<ItemLine> all(CurrentUser user, DashboardFilter filter, int max) {
        MapSqlParameterSource p = new MapSqlParameterSource();
        String where = where(user, filter, p);
        p.addValue("limit", max);
        return items(where + " order by i.origin_date, i.id limit :limit", p, unitNames(p));
    }

    private List<ItemLine> items(String whereOrder, MapSqlParameterSource p, Map<Long, String> names) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.query("select i.id, i.origin_date, i.content, i.lead_unit_id, i.due_kind, " + DUE + " due, case when "
                + OVERDUE + " then 1 else 0 end late, case when " + REPORTED + " then 1 else 0 end reported"
                + FROM + whereOrder, p, (rs, n) -> line(rs, names, today));
    }

    private static ItemLine line(ResultSet rs, Map<Long, String> names, LocalDate today) throws SQLException {
        LocalDate origin = rs.getDate("origin_date").toLocalDate();
        Date due = rs.getDate("due");
        long unit = rs.getLong("lead_unit_id");
        return new ItemLine(rs.getLong("id"), origin, rs.getString("content"), unit, names.get(unit),
                due == null ? null : due.toLocalDate(), "NEXT_MEETING".equals(rs.getString("due_kind")),
                rs.getInt("late") == 1, rs.getInt("reported") == 1, ChronoUnit.DAYS.between(origin, today));
    }

    private String where(CurrentUser user, DashboardFilter f, MapSqlParameterSource p) {
        Set<Long> agencies;
        if (f.agencyId() != null) {
            if (!user.isAdmin()) {
                user.requireReadAgency(f.agencyId());
            }
            agencies = Set.of(f.agencyId());
        } else if (user.isAdmin()) {
            // an administrator's scope is every agency, which readableAgencies() does not list
            agencies = committee.allAgencies().stream().map(AgencyView::id).collect(Collectors.toSet());
        } else {
            agencies = user.readableAgencies();
        }
        p.addValue("agencies", agencies.isEmpty() ? List.of(-1L) : agencies);
        p.addValue("today", LocalDate.now(clock));
        StringBuilder w = new StringBuilder();
        Long unit = user.is(AccountRole.LIAISON) ? user.unitId() : f.unitId();
        if (unit != null) {
            p.addValue("unit", unit);
            w.append(" and (i.lead_unit_id = :unit or exists (select 1 from tracking_item_unit u"
                    + " where u.item_id = i.id and u.unit_id = :unit))");
        }
        if (f.overdueOnly()) {
            w.append(" and ").append(OVERDUE);
        }
        if (f.withoutReportOnly()) {
            w.append(" and not ").append(REPORTED);
        }
        if (f.minAgeDays() != null) {
            p.addValue("cutoff", LocalDate.now(clock).minusDays(f.minAgeDays()));
            w.append(" and i.origin_date <= :cutoff");
        }
        return w.toString();
    }

    @SuppressWarnings("unchecked")
    private Map<Long, String> unitNames(MapSqlParameterSource p) {
        Map<Long, String> names = new HashMap<>();
        for (Long agency : (Iterable<Long>) p.getValue("agencies")) {
            committee.units(agency).forEach(u -> names.put(u.id(), u.name()));
        }
        return names;
    }
}
