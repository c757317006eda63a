package tw.mainstream.shared.privacy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the public-name policy of an agency; open to every public output (no sign-in needed). */
@Component
public class PublicNamePolicies {

    private final PublicNamePolicyRepository policies;

    PublicNamePolicies(PublicNamePolicyRepository policies) {
        this.policies = policies;
    }

    @Transactional(readOnly = true)
    public PublicNames forAgency(Long agencyId) {
        return policies.findByAgencyId(agencyId).map(PublicNames::of).orElseGet(() -> PublicNames.defaultFor(agencyId));
    }
}
