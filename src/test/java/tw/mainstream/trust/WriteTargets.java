package tw.mainstream.trust;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records of one scope — an agency, or an agency without one unit (what a liaison of that unit may
 * not touch) — found in the database by the path segment that names them. A path variable takes
 * the ids of the segment before it ({@code /meetings/{id}/agenda-items/{itemId}}: an agenda item
 * of that meeting), so nested routes are filled with records that belong together. A segment this
 * table does not know takes every top-level record of the scope in turn.
 */
final class WriteTargets {
    static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(:[^}]*)?}");

    /** How to find records: top level by agency (?1) and excluded unit (?2); nested by parent id (?1). */
    private record Finder(String sql, boolean nested, boolean unitScoped) {
    }

    private static final Map<String, Finder> FINDERS = new LinkedHashMap<>();

    static {
        top("agencies", "select id from committee_agency where id = ?1", false);
        top("task-forces", "select id from committee_task_force where agency_id = ?1", false);
        top("meetings", "select id from meeting_meeting where agency_id = ?1", false);
        top("tracked-items", "select id from tracking_item where agency_id = ?1 and lead_unit_id <> ?2 and id not in "
                + "(select item_id from tracking_item_unit where unit_id = ?2)", true);
        top("submissions", "select id from tracking_submission where agency_id = ?1 and unit_id is not null "
                + "and unit_id <> ?2", true);
        top("data-calls", "select id from tracking_data_call where agency_id = ?1", false);
        top("gender-budget", "select id from statistics_budget_item where agency_id = ?1", false);
        top("committees", "select id from committee_other_committee where agency_id = ?1", false);
        top("accounts", "select id from account_user where agency_id = ?1", false);
        top("role-mappings", "select id from account_role_mapping where agency_id = ?1", false);
        top("tables", "select id from statistics_table where agency_id = ?1", false);
        top("statistics/imports", "select i.id from statistics_import i join statistics_table t on i.table_id = t.id "
                + "where t.agency_id = ?1", false);
        top("persons", "select id from committee_person where agency_id = ?1", false);
        top("imports", "select id from importing_draft where agency_id = ?1", false);
        top("tracking/items", "select id from tracking_item where agency_id = ?1 and lead_unit_id <> ?2 and id not in "
                + "(select item_id from tracking_item_unit where unit_id = ?2)", true);
        top("tracking/reports", "select id from tracking_report where agency_id = ?1 and unit_id <> ?2", true);
        top("courses", "select id from statistics_training_course where agency_id = ?1", false);
        nested("units", "select id from committee_unit where agency_id = ?1");
        nested("memberships", "select id from committee_membership where task_force_id = ?1");
        nested("members", "select id from committee_membership where task_force_id = ?1");
        nested("agenda-items", "select id from meeting_agenda_item where meeting_id = ?1");
        nested("attendance", "select id from meeting_attendance where meeting_id = ?1");
        nested("comments", "select c.id from meeting_minutes_comment c join meeting_minutes m on c.minutes_id = m.id "
                + "where m.meeting_id = ?1");
        nested("follow-up-rows", "select r.id from meeting_follow_up_row r join meeting_agenda_item a "
                + "on r.agenda_item_id = a.id where a.meeting_id = ?1");
        nested("meetings/items", "select id from meeting_agenda_item where meeting_id = ?1");
        nested("agenda/items", "select id from meeting_agenda_item where meeting_id = ?1");
        nested("meetings/remarks", "select r.id from meeting_remark r join meeting_agenda_item a "
                + "on r.agenda_item_id = a.id where a.meeting_id = ?1");
        nested("meetings/rows", "select r.id from meeting_follow_up_row r join meeting_agenda_item a "
                + "on r.agenda_item_id = a.id where a.meeting_id = ?1");
        nested("meetings/proposals", "select id from meeting_proposal where meeting_id = ?1");
        nested("reports", "select id from tracking_report where item_id = ?1");
        nested("attachments", "select a.id from meeting_attachment a join meeting_agenda_item i "
                + "on a.agenda_item_id = i.id where i.meeting_id = ?1");
    }

    private static void top(String segment, String sql, boolean unitScoped) {
        FINDERS.put(segment, new Finder(sql, false, unitScoped));
    }

    private static void nested(String segment, String sql) {
        FINDERS.put(segment, new Finder(sql, true, false));
    }

    /** One scope under attack: its agency, and the unit whose records are NOT targets (-1: none). */
    record Scope(String name, long agencyId, long ownUnitOfAttacker) {
        boolean unitOnly() {
            return ownUnitOfAttacker >= 0;
        }
    }

    /** A route filled with ids of the scope: the path and each variable's value (by segment). */
    record Filled(String path, Map<String, Long> idsBySegment) {
    }

    private final JdbcTemplate jdbc;
    final List<String> unknownSegments = new ArrayList<>();

    WriteTargets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The route with every variable filled from the scope: the first parent that has the children
     * the route needs. Empty when the scope holds no such record; for a liaison's scope only routes
     * on unit-scoped records are filled (other records of the agency are the liaison's own).
     */
    List<Filled> fill(String route, Scope scope) {
        Matcher v = VARIABLE.matcher(route);
        List<String> segments = new ArrayList<>();
        while (v.find()) {
            segments.add(segment(route.substring(0, v.start())));
        }
        if (segments.isEmpty()) {
            return List.of(new Filled(route, Map.of()));
        }
        if (scope.unitOnly() && segments.stream().noneMatch(s -> finder(s) != null && finder(s).unitScoped())) {
            return List.of();
        }
        Finder first = finder(segments.get(0));
        if (first == null || first.nested()) {
            unknownSegments.add(route);
            return everyTopRecord(route, scope);
        }
        for (Long parent : ids(first, scope.agencyId(), scope.ownUnitOfAttacker())) {
            List<Long> values = new ArrayList<>(List.of(parent));
            for (int i = 1; i < segments.size() && values.size() == i; i++) {
                Finder f = finder(segments.get(i));
                if (f == null) {
                    unknownSegments.add(route);
                    f = first;
                }
                List<Long> children = f.nested() ? ids(f, values.get(i - 1), -1) : ids(f, scope.agencyId(),
                        scope.ownUnitOfAttacker());
                if (!children.isEmpty()) {
                    values.add(children.get(0));
                }
            }
            if (values.size() == segments.size()) {
                return List.of(fillWith(route, segments, values));
            }
        }
        return List.of();
    }

    /** The resource a variable names: {@code meetings/items} for {@code /meetings/{id}/items/}, else the last word. */
    private static String segment(String before) {
        String[] parts = before.substring(0, before.length() - 1).split("/");
        String last = parts[parts.length - 1];
        int parent = parts.length - 2;
        if (parent >= 0 && parts[parent].startsWith("{")) {
            parent--;
        }
        return parent >= 0 ? parts[parent] + "/" + last : last;
    }

    private static Finder finder(String segment) {
        Finder f = FINDERS.get(segment);
        return f != null ? f : FINDERS.get(segment.substring(segment.indexOf('/') + 1));
    }

    /** Ids of the scope's records for a body's {@code xxxId} field. */
    Long idFor(String segment, Scope scope) {
        Finder f = finder(segment);
        if (f == null || f.nested()) {
            if (segment.equals("units")) {
                List<Long> units = jdbc.queryForList("select id from committee_unit where agency_id = ? and id <> ? "
                        + "order by id", Long.class, scope.agencyId(), scope.ownUnitOfAttacker());
                return units.isEmpty() ? null : units.get(0);
            }
            return null;
        }
        List<Long> ids = ids(f, scope.agencyId(), scope.ownUnitOfAttacker());
        return ids.isEmpty() ? null : ids.get(0);
    }

    private List<Filled> everyTopRecord(String route, Scope scope) {
        List<Filled> out = new ArrayList<>();
        for (Map.Entry<String, Finder> e : FINDERS.entrySet()) {
            if (!e.getValue().nested()) {
                List<Long> ids = ids(e.getValue(), scope.agencyId(), scope.ownUnitOfAttacker());
                if (!ids.isEmpty()) {
                    Matcher v = VARIABLE.matcher(route);
                    out.add(new Filled(v.replaceAll(Long.toString(ids.get(0))), Map.of(e.getKey(), ids.get(0))));
                }
            }
        }
        return out;
    }

    private static Filled fillWith(String route, List<String> segments, List<Long> values) {
        Matcher v = VARIABLE.matcher(route);
        StringBuilder path = new StringBuilder();
        Map<String, Long> ids = new LinkedHashMap<>();
        int i = 0;
        while (v.find()) {
            ids.put(segments.get(i), values.get(i));
            v.appendReplacement(path, Long.toString(values.get(i++)));
        }
        v.appendTail(path);
        return new Filled(path.toString(), ids);
    }

    private List<Long> ids(Finder f, long first, long second) {
        String sql = f.sql().replace("?1", Long.toString(first)).replace("?2", Long.toString(second));
        return jdbc.queryForList(sql + " order by 1", Long.class);
    }
}
