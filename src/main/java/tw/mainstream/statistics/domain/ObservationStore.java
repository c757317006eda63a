package tw.mainstream.statistics.domain;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tw.mainstream.statistics.importing.Observation;

/** The values of statistics tables, in long format, read and written with plain portable SQL. */
@Repository
public class ObservationStore {

    private static final String COLUMNS = "ref_year, sex, grade, unit_name, nationality, age_group, area, other_value, "
            + "measure, obs_value, row_order";
    private final JdbcTemplate jdbc;

    ObservationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Observation> of(long tableId) {
        return jdbc.query("select " + COLUMNS + " from statistics_observation where table_id = ? "
                        + "order by ref_year, row_order, id", (rs, i) -> new Observation(rs.getInt(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getBigDecimal(10), rs.getInt(11)), tableId);
    }

    /** Replaces the table's values for every year the new data covers; other years are kept. */
    public void replaceYears(long tableId, List<Observation> observations) {
        List<Integer> years = observations.stream().map(Observation::year).distinct().toList();
        for (Integer year : years) {
            jdbc.update("delete from statistics_observation where table_id = ? and ref_year = ?", tableId, year);
        }
        List<Object[]> args = new ArrayList<>();
        for (Observation o : observations) {
            args.add(new Object[] {tableId, o.year(), o.sex(), o.grade(), o.unit(), o.nationality(), o.ageGroup(),
                    o.area(), o.other(), o.measure(), o.value(), o.order()});
        }
        jdbc.batchUpdate("insert into statistics_observation (table_id, " + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?)",
                args);
    }

    /** First and last year of the table's data; {0, 0} when it has none. */
    public int[] yearRange(long tableId) {
        return jdbc.queryForObject("select min(ref_year), max(ref_year) from statistics_observation where table_id = ?",
                (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}, tableId);
    }

    public int count(long tableId) {
        Integer n = jdbc.queryForObject("select count(*) from statistics_observation where table_id = ?", Integer.class,
                tableId);
        return n == null ? 0 : n;
    }
}
