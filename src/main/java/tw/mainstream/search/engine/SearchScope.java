package tw.mainstream.search.engine;

import tw.mainstream.search.DocumentKind;

import java.util.Set;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Who is searching. The public sees only published records and only their masked public text.
 * A signed-in reader sees the private text of the records of their agencies (an administrator:
 * of all agencies); a reader restricted to a unit (a gender liaison) sees unit-scoped kinds
 * ({@link DocumentKind#unitScoped()}) only for that unit. Enforced inside the Lucene query.
 *
 * @param agencyIds ignored when {@code allAgencies}
 * @param unitId    null when the reader is not restricted to a unit
 */
public record SearchScope(boolean publicReader, boolean allAgencies, Set<Long> agencyIds, Long unitId) {

    public static final SearchScope PUBLIC = new SearchScope(true, false, Set.of(), null);
    public static final SearchScope ALL_AGENCIES = new SearchScope(false, true, Set.of(), null);

    public SearchScope {
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        if (publicReader && (allAgencies || !agencyIds.isEmpty() || unitId != null)) {
            throw new IllegalArgumentException("the public scope has no agencies or unit");
        }
    }

    /** A signed-in reader who sees everything of these agencies. */
    public static SearchScope agencies(Set<Long> agencyIds) {
        return new SearchScope(false, false, agencyIds, null);
    }

    /** A signed-in reader of these agencies restricted to one unit for unit-scoped kinds. */
    public static SearchScope unit(Set<Long> agencyIds, long unitId) {
        return new SearchScope(false, false, agencyIds, unitId);
    }

    /** The scope of a signed-in user (or of the public, for the anonymous user). */
    public static SearchScope of(CurrentUser user) {
        if (user == null || user.isAnonymous()) {
            return PUBLIC;
        }
        if (user.isAdmin()) {
            return ALL_AGENCIES;
        }
        return user.unitId() == null ? agencies(user.readableAgencies())
                : unit(user.readableAgencies(), user.unitId());
    }

    String titleField() {
        return publicReader ? SearchFields.PUBLIC_TITLE : SearchFields.TITLE;
    }

    String bodyField() {
        return publicReader ? SearchFields.PUBLIC_BODY : SearchFields.BODY;
    }
}
