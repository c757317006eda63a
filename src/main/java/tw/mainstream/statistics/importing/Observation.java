package tw.mainstream.statistics.importing;

import java.math.BigDecimal;
import java.util.List;

/**
 * One value of a table in long format: the year (AD), the sex code ('' when the table has no
 * sex), the other dimension values ('' when absent), the measure and its value.
 */
public record Observation(int year, String sex, String grade, String unit, String nationality, String ageGroup,
                          String area, String other, String measure, BigDecimal value, int order) {

    /** The identity of the value: every dimension and the measure. */
    public List<String> key() {
        return List.of(String.valueOf(year), sex, grade, unit, nationality, ageGroup, area, other, measure);
    }

    /** The identity without sex: the cell whose 男 + 女 should equal its 合計. */
    public List<String> keyWithoutSex() {
        return List.of(String.valueOf(year), grade, unit, nationality, ageGroup, area, other, measure);
    }

    /** The values of the non-year, non-sex dimensions, joined for display: {@code 簡任 · 移民資訊組}. */
    public String category() {
        return String.join(" · ", List.of(grade, unit, nationality, ageGroup, area, other).stream()
                .filter(s -> !s.isEmpty()).toList());
    }
}
