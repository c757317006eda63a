package tw.mainstream.tracking.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.shared.security.CurrentUser;

/** Counts for the home page: what needs the user now. */
@Service
@Transactional(readOnly = true)
public class HomeQueries {

    private static final String REPORTED = "exists (select 1 from tracking_report r where r.item_id = i.id"
            + " and r.round = i.round and r.status in ('SUBMITTED', 'ACCEPTED'))";
    private static final String OVERDUE = "((case when i.due_kind = 'DATE' then i.due_date else s.next_meeting_date end)"
            + " < :today and not " + REPORTED + ")";
    private static final String FROM = " from tracking_item i left join tracking_setting s on s.task_force_id ="
            + " i.task_force_id where i.status = 'OPEN'";

    private final NamedParameterJdbcTemplate jdbc;
    private final CommitteeApi committee;
    private final SettingService settings;
    private final tw.mainstream.meeting.MeetingApi meetings;
    private final Clock clock;

    HomeQueries(NamedParameterJdbcTemplate jdbc, CommitteeApi committee, SettingService settings,
                tw.mainstream.meeting.MeetingApi meetings, Clock clock) {
        this.meetings = meetings;
        this.jdbc = jdbc;
        this.committee = committee;
        this.settings = settings;
        this.clock = clock;
    }

    /** A liaison's unit: open items still to report on this round, and how many of them are overdue. */
    public long[] unitDue(CurrentUser user) {
        MapSqlParameterSource p = new MapSqlParameterSource("unit", user.unitId()).addValue("today", LocalDate.now(clock));
        Map<String, Object> row = jdbc.queryForMap("select count(*) n, sum(case when " + OVERDUE
                + " then 1 else 0 end) late" + FROM + " and not " + REPORTED + " and (i.lead_unit_id = :unit or exists"
                + " (select 1 from tracking_item_unit u where u.item_id = i.id and u.unit_id = :unit))", p);
        return new long[] {number(row.get("n")), number(row.get("late"))};
    }

    /** Names of the agency's units with overdue items. */
    public List<String> lateUnits(Long agencyId) {
        MapSqlParameterSource p = new MapSqlParameterSource("agency", agencyId).addValue("today", LocalDate.now(clock));
        List<Long> ids = jdbc.queryForList("select distinct i.lead_unit_id" + FROM + " and i.agency_id = :agency and "
                + OVERDUE, p, Long.class);
        return committee.units(agencyId).stream().filter(u -> ids.contains(u.id())).map(UnitView::name).toList();
    }

    /** Open items whose lead unit has reported this round: the next meeting has to decide on them. */
    public long awaitingDecision(Long agencyId) {
        return jdbc.queryForObject("select count(*)" + FROM + " and i.agency_id = :agency and " + REPORTED,
                new MapSqlParameterSource("agency", agencyId).addValue("today", LocalDate.now(clock)), Long.class);
    }

    public long openItems(java.util.Collection<Long> agencies) {
        if (agencies.isEmpty()) {
            return 0;
        }
        return jdbc.queryForObject("select count(*) from tracking_item i where i.status = 'OPEN' and i.agency_id in"
                + " (:agencies)", new MapSqlParameterSource("agencies", agencies), Long.class);
    }

    /** The earliest next meeting of the agency's task forces: one scheduled from today on, else the stored date. */
    public LocalDate nextMeeting(Long agencyId) {
        LocalDate today = LocalDate.now(clock);
        return committee.taskForcesOf(agencyId).stream()
                .map(tf -> meetings.nextMeetingDate(tf.id(), today).orElseGet(() -> settings.of(tf.id()).getNextMeetingDate()))
                .filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
