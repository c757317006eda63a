package tw.mainstream.statistics.budget;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GenderBudgetRepository extends JpaRepository<GenderBudgetItem, Long> {
    List<GenderBudgetItem> findByAgencyIdAndFiscalYearOrderByCategoryAscIdAsc(Long agencyId, int fiscalYear);

    @Query("select distinct i.fiscalYear from GenderBudgetItem i where i.agencyId = ?1 order by i.fiscalYear desc")
    List<Integer> yearsOf(Long agencyId);

    boolean existsByAgencyIdAndFiscalYear(Long agencyId, int fiscalYear);
}
