package tw.mainstream.statistics;

import java.math.BigDecimal;
import java.util.List;

/** Year-over-year comparison of a gender budget by category: planned and spent, this year and last. */
public record BudgetComparison(int year, int previousYear, List<Line> lines, Line total) {

    public record Line(String category, BigDecimal planned, BigDecimal previousPlanned, BigDecimal spent,
                       BigDecimal previousSpent) {
        @com.fasterxml.jackson.annotation.JsonProperty
        public BigDecimal plannedChange() {
            return planned.subtract(previousPlanned);
        }
    }
}
