package tw.mainstream.support;

import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * An agency with one unit and one task force written straight into the committee tables, for module
 * tests that do not start the committee module but whose records reference these rows.
 */
public record CommitteeRows(long agencyId, long unitId, long taskForceId) {

    public static CommitteeRows create(JdbcTemplate jdbc) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long agency = insert(jdbc, "committee_agency", Map.of("name", "模組測試機關 " + tag));
        long unit = insert(jdbc, "committee_unit", Map.of("agency_id", agency, "name", "模組測試科 " + tag));
        long taskForce = insert(jdbc, "committee_task_force", Map.ofEntries(Map.entry("agency_id", agency),
                Map.entry("name", "模組測試性別平等專案小組 " + tag), Map.entry("min_members", 7), Map.entry("max_members", 21),
                Map.entry("gender_rule_numerator", 1), Map.entry("gender_rule_denominator", 3),
                Map.entry("gender_rule_exception", false), Map.entry("min_external", 0),
                Map.entry("min_gec_credentialed", 0), Map.entry("gec_credential_years", 0), Map.entry("term_years", 2),
                Map.entry("vacancy_min_months", 3), Map.entry("meeting_interval_months", 6),
                Map.entry("quorum_rule", "AT_LEAST_HALF"), Map.entry("chair_breaks_ties", false),
                Map.entry("internal_proxies_allowed", true)));
        return new CommitteeRows(agency, unit, taskForce);
    }

    private static long insert(JdbcTemplate jdbc, String table, Map<String, Object> values) {
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingColumns(values.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id").executeAndReturnKey(values).longValue();
    }
}
