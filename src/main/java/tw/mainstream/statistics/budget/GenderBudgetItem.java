package tw.mainstream.statistics.budget;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import tw.mainstream.shared.domain.BaseEntity;
import tw.mainstream.statistics.BudgetCategory;

/**
 * One line of an agency's gender budget for a fiscal year (ROC): what is planned (編列) and what
 * was spent (執行), in NT$ thousands. Entered directly or, later, from a data call's answers.
 */
@Entity
@Table(name = "statistics_budget_item")
@Audited
public class GenderBudgetItem extends BaseEntity {

    private Long agencyId;
    private int fiscalYear;
    private Long unitId;
    @Enumerated(EnumType.STRING)
    private BudgetCategory category;
    private String planName;
    private String genderIssue;
    private String goal;
    private BigDecimal planned;
    private BigDecimal spent;
    private String results;

    protected GenderBudgetItem() {
    }

    public GenderBudgetItem(Long agencyId, BudgetLine line) {
        this.agencyId = agencyId;
        update(line);
    }

    public void update(BudgetLine l) {
        this.fiscalYear = l.fiscalYear();
        this.unitId = l.unitId();
        this.category = l.category();
        this.planName = l.planName();
        this.genderIssue = l.genderIssue();
        this.goal = l.goal();
        this.planned = l.planned();
        this.spent = l.spent();
        this.results = l.results();
    }

    public BudgetLine line() {
        return new BudgetLine(fiscalYear, unitId, category, planName, genderIssue, goal, planned, spent, results);
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public int getFiscalYear() {
        return fiscalYear;
    }
}
