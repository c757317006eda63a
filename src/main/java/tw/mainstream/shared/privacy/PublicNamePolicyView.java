package tw.mainstream.shared.privacy;

import tw.mainstream.shared.text.NameMasking;

/**
 * The public-name policy in force for one agency, as every public output reads it. By default the
 * names of members and officials acting in office are shown; staff and private persons are masked.
 *
 * @param version for optimistic locking: 0 while the agency follows the default (no policy row),
 *                else the row's version + 1, so the first save of the default is told apart from it
 */
public record PublicNamePolicyView(Long agencyId, boolean maskMembers, boolean maskStaff, boolean maskPrivate,
                          NameMasking.Style style, long version) {

    /** Members and officials acting in office shown; staff and private persons masked (陳O敏). */
    public static PublicNamePolicyView defaultFor(Long agencyId) {
        return new PublicNamePolicyView(agencyId, false, true, true, NameMasking.Style.MIDDLE, 0);
    }

    public static PublicNamePolicyView of(PublicNamePolicy p) {
        return new PublicNamePolicyView(p.getAgencyId(), p.isMaskMembers(), p.isMaskStaff(), p.isMaskPrivate(),
                p.getMaskStyle(), p.getVersion() + 1);
    }

    /** A name on the task force's roster as the public sees it: a staff seat (executive secretary, liaison) or a member's. */
    public String rosterName(String name, boolean staff) {
        return (staff ? maskStaff : maskMembers) ? NameMasking.mask(name, style) : name;
    }
}
