package tw.mainstream.statistics.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.web.NavLink;

/** Menu entries of the statistics module for signed-in staff. */
@Configuration
class StatisticsNavigation {
    @Bean
    NavLink statisticsLink() {
        return new NavLink("statistics.nav", "/statistics", 50, u -> !u.isAnonymous());
    }

    @Bean
    NavLink budgetLink() {
        return new NavLink("budget.nav", "/gender-budget", 51, u -> !u.isAnonymous());
    }

    @Bean
    NavLink trainingLink() {
        return new NavLink("training.nav", "/training", 52, u -> !u.isAnonymous());
    }
}
