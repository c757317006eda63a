package tw.mainstream.account.domain;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.ForbiddenException;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Whose accounts a user administers: the system administrator every account; an agency administrator
 * those of their agency (or of their agency and the agencies below it); anyone else none.
 * Read from the database on each call, so a revoked delegation takes effect at once.
 */
@Component
public class AdminReach {

    /** The agencies administered; {@code all} for the system administrator. */
    public record Reach(boolean all, AdminScope scope, Set<Long> agencies) {
        public boolean covers(Long agencyId) {
            return all || (agencyId != null && agencies.contains(agencyId));
        }
    }

    private static final Reach ALL = new Reach(true, AdminScope.AGENCY_TREE, Set.of());

    private final UserAccountRepository accounts;
    private final CommitteeApi committee;
    private final java.time.Clock clock;

    AdminReach(UserAccountRepository accounts, CommitteeApi committee, java.time.Clock clock) {
        this.accounts = accounts;
        this.committee = committee;
        this.clock = clock;
    }

    /** The reach, or 403 for a user who administers nothing. */
    @Transactional(readOnly = true)
    public Reach require(CurrentUser user) {
        return find(user).orElseThrow(ForbiddenException::new);
    }

    @Transactional(readOnly = true)
    public boolean administersAny(CurrentUser user) {
        return find(user).isPresent();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Reach> find(CurrentUser user) {
        if (user.isAdmin()) {
            return java.util.Optional.of(ALL);
        }
        if (user.isAnonymous()) {
            return java.util.Optional.empty();
        }
        return accounts.findByUsername(user.username())
                .filter(a -> a.getAdminScope() != null && a.getAgencyId() != null)
                .filter(a -> a.isActiveOn(java.time.LocalDate.now(clock)))
                .map(a -> new Reach(false, a.getAdminScope(), a.getAdminScope() == AdminScope.AGENCY
                        ? Set.of(a.getAgencyId())
                        : Set.copyOf(committee.agencyWithDescendants(a.getAgencyId()))));
    }
}
