package tw.mainstream.statistics.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import tw.mainstream.statistics.BudgetCategory;
import tw.mainstream.statistics.GenderBudgetView;
import tw.mainstream.statistics.budget.BudgetLine;

/** A gender budget item as the page and the API bind it (fiscal year in ROC, NT$ thousands). */
public record BudgetForm(@NotNull(message = "{budget.year.required}") @Min(value = 90, message = "{budget.year.range}")
                         @Max(value = 200, message = "{budget.year.range}") Integer fiscalYear,
                         Long unitId, @NotNull(message = "{budget.category.required}") BudgetCategory category,
                         @NotBlank(message = "{budget.planName.required}") @Size(max = 300) String planName,
                         @Size(max = 2000) String genderIssue, @Size(max = 2000) String goal,
                         @NotNull(message = "{budget.planned.required}") @DecimalMin(value = "0", message = "{budget.amount.min}") BigDecimal planned,
                         @DecimalMin(value = "0", message = "{budget.amount.min}") BigDecimal spent,
                         @Size(max = 4000) String results, Long version) {

    static BudgetForm empty(int year) {
        return new BudgetForm(year, null, BudgetCategory.PLAN, "", "", "", null, null, "", 0L);
    }

    static BudgetForm of(GenderBudgetView v) {
        return new BudgetForm(v.fiscalYear(), v.unitId(), v.category(), v.planName(), v.genderIssue(), v.goal(),
                v.planned(), v.spent(), v.results(), v.version());
    }

    BudgetLine line() {
        return new BudgetLine(fiscalYear, unitId, category, planName.strip(), genderIssue, goal, planned, spent, results);
    }
}
