package tw.mainstream.shared.security;

import java.io.Serializable;
import java.util.Set;
import tw.mainstream.shared.domain.ForbiddenException;
import tw.mainstream.shared.domain.NotFoundException;

/**
 * The reader or actor of a service call, with scope resolved at sign-in. Services take it as a
 * parameter and check it, so that the pages and the API obey the same rules.
 *
 * @param agencyId       the account's own agency (null for admin and anonymous)
 * @param unitId         the liaison's unit (null otherwise)
 * @param personId       the member's person record (null otherwise)
 * @param readableAgencies agencies whose unpublished data this user may read
 *
 * Serializable: it is kept in the session, which a cluster stores in the database.
 */
public record CurrentUser(String username, String displayName, AccountRole role, Long agencyId,
                          Long unitId, Long personId, Set<Long> readableAgencies)
        implements Serializable {

    public static final CurrentUser ANONYMOUS = new CurrentUser("anonymous", "", null, null, null, null, Set.of());

    public boolean isAnonymous() {
        return role == null;
    }

    public boolean is(AccountRole r) {
        return role == r;
    }

    public boolean isAdmin() {
        return role == AccountRole.ADMIN;
    }

    /** Admin reads everything; others read the agencies resolved at sign-in. */
    public boolean canReadAgency(Long agency) {
        return isAdmin() || (agency != null && readableAgencies.contains(agency));
    }

    /** Secretariat edits its own agency; admin edits all. */
    public boolean canManageAgency(Long agency) {
        return isAdmin() || (role == AccountRole.SECRETARIAT && agency != null && agency.equals(agencyId));
    }

    /** A record outside scope answers as if it did not exist. */
    public void requireReadAgency(Long agency) {
        if (!canReadAgency(agency)) {
            throw new NotFoundException("agency", agency);
        }
    }

    /** Read access but no right to change: 403 with a reason; no access at all: 404. */
    public void requireManageAgency(Long agency) {
        requireReadAgency(agency);
        if (!canManageAgency(agency)) {
            throw new ForbiddenException();
        }
    }

    public void requireRole(AccountRole... roles) {
        for (AccountRole r : roles) {
            if (role == r) {
                return;
            }
        }
        if (!isAdmin()) {
            throw new ForbiddenException();
        }
    }
}
