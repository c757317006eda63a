package tw.mainstream.statistics.budget;

import java.math.BigDecimal;
import tw.mainstream.statistics.BudgetCategory;

/** The editable content of a gender budget item (fiscal year in ROC, amounts in NT$ thousands). */
public record BudgetLine(int fiscalYear, Long unitId, BudgetCategory category, String planName, String genderIssue,
                         String goal, BigDecimal planned, BigDecimal spent, String results) {
}
