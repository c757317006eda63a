package tw.mainstream.publicsite.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tw.mainstream.statistics.StatisticsApi;

/** Adds an agency's latest gender budget and last year's training figures to its public page. */
@Component
class PublicFigures {
    private final StatisticsApi statistics;
    private final Clock clock;

    PublicFigures(StatisticsApi statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    void addBudgetAndTraining(Long agencyId, Model model) {
        statistics.budgetYears(agencyId).stream().findFirst().ifPresent(year -> {
            model.addAttribute("budgetYear", year);
            model.addAttribute("budgetItems", statistics.budgetItems(agencyId, year));
            model.addAttribute("budgetComparison", statistics.budgetComparison(agencyId, year));
        });
        int thisYear = LocalDate.now(clock).getYear();
        var summary = statistics.trainingSummary(agencyId, thisYear);
        model.addAttribute("training", summary.courses() > 0 ? summary : statistics.trainingSummary(agencyId, thisYear - 1));
    }
}
