package tw.mainstream.search;

import java.util.Set;

/**
 * Who is searching. The public sees only published records and only their masked public text.
 * A signed-in reader sees the private text of the records of their agencies; a reader restricted
 * to a unit (a gender liaison) sees unit-scoped kinds ({@link DocumentKind#unitScoped()}) only
 * for that unit. Enforced inside the Lucene query.
 *
 * @param unitId null when the reader is not restricted to a unit
 */
public record SearchScope(boolean publicReader, Set<Long> agencyIds, Long unitId) {

    public static final SearchScope PUBLIC = new SearchScope(true, Set.of(), null);

    public SearchScope {
        agencyIds = agencyIds == null ? Set.of() : Set.copyOf(agencyIds);
        if (publicReader && (!agencyIds.isEmpty() || unitId != null)) {
            throw new IllegalArgumentException("the public scope has no agencies or unit");
        }
    }

    /** A signed-in reader who sees everything of these agencies. */
    public static SearchScope agencies(Set<Long> agencyIds) {
        return new SearchScope(false, agencyIds, null);
    }

    /** A signed-in reader of these agencies restricted to one unit for unit-scoped kinds. */
    public static SearchScope unit(Set<Long> agencyIds, long unitId) {
        return new SearchScope(false, agencyIds, unitId);
    }

    String titleField() {
        return publicReader ? SearchFields.PUBLIC_TITLE : SearchFields.TITLE;
    }

    String bodyField() {
        return publicReader ? SearchFields.PUBLIC_BODY : SearchFields.BODY;
    }
}
