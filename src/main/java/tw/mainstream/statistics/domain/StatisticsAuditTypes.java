package tw.mainstream.statistics.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.audit.AuditedType;

/** Statistics records whose history can be read on /history/{type}/{id}. */
@Configuration
class StatisticsAuditTypes {
    @Bean
    AuditedType statTableHistory(StatTableRepository tables) {
        return new AuditedType("stat-table", StatTable.class,
                id -> tables.findById(id).map(StatTable::getAgencyId).orElse(null));
    }

    @Bean
    AuditedType budgetItemHistory(tw.mainstream.statistics.budget.GenderBudgetRepository items) {
        return new AuditedType("gender-budget", tw.mainstream.statistics.budget.GenderBudgetItem.class,
                id -> items.findById(id).map(tw.mainstream.statistics.budget.GenderBudgetItem::getAgencyId).orElse(null));
    }

    @Bean
    AuditedType trainingCourseHistory(tw.mainstream.statistics.training.TrainingRepository courses) {
        return new AuditedType("training-course", tw.mainstream.statistics.training.TrainingCourse.class,
                id -> courses.findById(id).map(tw.mainstream.statistics.training.TrainingCourse::getAgencyId).orElse(null));
    }
}
