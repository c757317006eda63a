package tw.mainstream.publicsite.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tw.mainstream.statistics.StatisticsApi;

/** Adds an agency's published budget and training figures to its public page. */
@Component
class PublicFigures {
    private final StatisticsApi statistics;

    PublicFigures(StatisticsApi statistics) {
        this.statistics = statistics;
    }

    void addBudgetAndTraining(Long agencyId, Model model) {
        model.addAttribute("statisticsApi", statistics);
    }
}
