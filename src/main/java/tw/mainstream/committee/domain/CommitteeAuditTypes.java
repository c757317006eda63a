package tw.mainstream.committee.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.audit.AuditedType;

/** Committee records whose history can be read on /history/{type}/{id}. */
@Configuration
class CommitteeAuditTypes {
    @Bean
    AuditedType agencyHistory() {
        return new AuditedType("agency", Agency.class, id -> id);
    }

    @Bean
    AuditedType unitHistory(UnitRepository units) {
        return new AuditedType("unit", Unit.class, id -> units.findById(id).map(Unit::getAgencyId).orElse(null));
    }
}
