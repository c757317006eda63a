package tw.mainstream.tracking.datacall;

import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Who runs a call (its agency's secretariat or oversight), who sees every answer (those who may read
 * the calling agency, except liaisons), and who writes one submission (the unit's liaison, or the
 * secretariat of the answering agency).
 */
final class DataCallAccess {
    private DataCallAccess() {
    }

    static boolean runs(CurrentUser user, DataCall call) {
        return user.isAdmin() || (call.getAgencyId().equals(user.agencyId())
                && (user.is(AccountRole.SECRETARIAT) || user.is(AccountRole.OVERSIGHT)));
    }

    static boolean seesAll(CurrentUser user, DataCall call) {
        return runs(user, call) || (!user.is(AccountRole.LIAISON) && user.canReadAgency(call.getAgencyId()));
    }

    static boolean sees(CurrentUser user, DataCall call, Submission s) {
        return seesAll(user, call) || writes(user, s);
    }

    static boolean writes(CurrentUser user, Submission s) {
        if (user.isAdmin()) {
            return true;
        }
        if (s.getUnitId() != null) {
            return (user.is(AccountRole.LIAISON) && s.getUnitId().equals(user.unitId()))
                    || (user.is(AccountRole.SECRETARIAT) && s.getAgencyId().equals(user.agencyId()));
        }
        return user.is(AccountRole.SECRETARIAT) && s.getAgencyId().equals(user.agencyId());
    }
}
