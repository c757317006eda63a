package tw.mainstream.shared.privacy;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the public-name policy of an agency; open to every public output (no sign-in needed). */
@Component
public class PublicNamePolicyQueries {

    private final PublicNamePolicyRepository policies;

    PublicNamePolicyQueries(PublicNamePolicyRepository policies) {
        this.policies = policies;
    }

    @Transactional(readOnly = true)
    public PublicNamePolicyView forAgency(Long agencyId) {
        return policies.findByAgencyId(agencyId).map(PublicNamePolicyView::of).orElseGet(() -> PublicNamePolicyView.defaultFor(agencyId));
    }
}
