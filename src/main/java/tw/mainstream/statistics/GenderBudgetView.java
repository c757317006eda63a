package tw.mainstream.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A gender budget item; amounts in NT$ thousands; the execution rate is spent / planned (%). */
public record GenderBudgetView(Long id, Long agencyId, int fiscalYear, Long unitId, String unitName,
                               BudgetCategory category, String planName, String genderIssue, String goal,
                               BigDecimal planned, BigDecimal spent, String results, long version) {

    public GenderBudgetView withUnitName(String name) {
        return new GenderBudgetView(id, agencyId, fiscalYear, unitId, name, category, planName, genderIssue, goal,
                planned, spent, results, version);
    }

    @com.fasterxml.jackson.annotation.JsonProperty
    public BigDecimal executionRate() {
        if (spent == null || planned == null || planned.signum() == 0) {
            return null;
        }
        return spent.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
    }
}
