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
}
