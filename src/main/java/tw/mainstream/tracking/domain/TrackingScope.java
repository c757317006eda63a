package tw.mainstream.tracking.domain;

import tw.mainstream.shared.domain.ForbiddenException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Who sees and does what on tracked items. A liaison sees only items of their unit (lead or
 * supporting); members, secretariat and oversight see the items of the agencies they may read;
 * anything else answers 404 so that scope does not leak.
 */
public final class TrackingScope {
    private TrackingScope() {
    }

    public static boolean canSee(CurrentUser user, TrackedItem item) {
        if (user.isAdmin()) {
            return true;
        }
        if (!user.canReadAgency(item.getAgencyId())) {
            return false;
        }
        return !user.is(AccountRole.LIAISON) || item.involves(user.unitId());
    }

    public static void requireSee(CurrentUser user, TrackedItem item) {
        if (!canSee(user, item)) {
            throw new NotFoundException("trackedItem", item.getId());
        }
    }

    /** The secretariat of the item's agency (or admin): open, edit, return, accept, decide. */
    public static void requireManage(CurrentUser user, TrackedItem item) {
        requireSee(user, item);
        if (!user.canManageAgency(item.getAgencyId())) {
            throw new ForbiddenException();
        }
    }

    /** A liaison reports for their own unit; the secretariat may report for any unit of the item. */
    public static void requireReport(CurrentUser user, TrackedItem item, Long unitId) {
        requireSee(user, item);
        boolean ownUnit = user.is(AccountRole.LIAISON) && unitId != null && unitId.equals(user.unitId());
        if (!(ownUnit || user.canManageAgency(item.getAgencyId())) || !item.involves(unitId)) {
            throw new ForbiddenException();
        }
    }
}
