package tw.mainstream.committee.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.audit.AuditedType;
import tw.mainstream.shared.privacy.PublicNamePolicy;
import tw.mainstream.shared.privacy.PublicNamePolicyRepository;

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

    @Bean
    AuditedType taskForceHistory(TaskForceRepository taskForces) {
        return new AuditedType("task-force", TaskForce.class,
                id -> taskForces.findById(id).map(TaskForce::getAgencyId).orElse(null));
    }

    @Bean
    AuditedType personHistory(PersonRepository people) {
        return new AuditedType("person", Person.class, id -> people.findById(id).map(Person::getAgencyId).orElse(null));
    }

    @Bean
    AuditedType membershipHistory(MembershipRepository memberships, TaskForceRepository taskForces) {
        return new AuditedType("membership", Membership.class, id -> memberships.findById(id)
                .flatMap(m -> taskForces.findById(m.getTaskForceId())).map(TaskForce::getAgencyId).orElse(null));
    }

    @Bean
    AuditedType committeeHistory(OtherCommitteeRepository committees) {
        return new AuditedType("committee", OtherCommittee.class,
                id -> committees.findById(id).map(OtherCommittee::getAgencyId).orElse(null));
    }

    @Bean
    AuditedType publicNamePolicyHistory(PublicNamePolicyRepository policies) {
        return new AuditedType("public-name-policy", PublicNamePolicy.class,
                id -> policies.findById(id).map(PublicNamePolicy::getAgencyId).orElse(null));
    }
}
