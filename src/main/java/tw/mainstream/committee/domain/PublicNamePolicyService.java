package tw.mainstream.committee.domain;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.privacy.PublicNamePolicyQueries;
import tw.mainstream.shared.privacy.PublicNamePolicy;
import tw.mainstream.shared.privacy.PublicNamePolicyRepository;
import tw.mainstream.shared.privacy.PublicNamePolicyView;
import tw.mainstream.shared.domain.StaleEditException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.text.NameMasking;

/**
 * An agency's public-name policy: read by whoever may read the agency, changed only by the
 * agency's secretariat or an administrator, with the version of what they read (else 409).
 * Every change is kept in the audit history (/history/public-name-policy/{id}).
 */
@Service
@Transactional
public class PublicNamePolicyService {

    private final AgencyService agencies;
    private final PublicNamePolicyRepository policies;
    private final PublicNamePolicyQueries reader;

    PublicNamePolicyService(AgencyService agencies, PublicNamePolicyRepository policies, PublicNamePolicyQueries reader) {
        this.agencies = agencies;
        this.policies = policies;
        this.reader = reader;
    }

    @Transactional(readOnly = true)
    public PublicNamePolicyView get(Long agencyId, CurrentUser user) {
        agencies.get(agencyId, user);
        return reader.forAgency(agencyId);
    }

    /** The policy row's id for its history, or null while the agency follows the default. */
    @Transactional(readOnly = true)
    public Long historyId(Long agencyId, CurrentUser user) {
        agencies.get(agencyId, user);
        return policies.findByAgencyId(agencyId).map(PublicNamePolicy::getId).orElse(null);
    }

    public PublicNamePolicyView update(Long agencyId, long version, boolean maskMembers, boolean maskStaff, boolean maskPrivate,
                              NameMasking.Style style, CurrentUser user) {
        agencies.get(agencyId, user);
        user.requireManageAgency(agencyId);
        PublicNamePolicy policy = policies.findByAgencyId(agencyId).orElse(null);
        if (policy == null) {
            if (version != 0) {
                throw new StaleEditException(PublicNamePolicy.class.getSimpleName(), null);
            }
            policy = new PublicNamePolicy(agencyId);
        } else {
            policy.checkVersion(version - 1);
        }
        policy.change(maskMembers, maskStaff, maskPrivate, style);
        try {
            return PublicNamePolicyView.of(policies.saveAndFlush(policy));
        } catch (DataIntegrityViolationException e) {
            // another first edit created the row meanwhile
            throw new StaleEditException(PublicNamePolicy.class.getSimpleName(), null);
        }
    }
}
