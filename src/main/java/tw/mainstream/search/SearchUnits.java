package tw.mainstream.search;

import java.util.List;
import tw.mainstream.shared.security.CurrentUser;

/**
 * The units a signed-in reader may pick in the unit filter of the search page, provided by the
 * module that owns units (the search module knows only their ids).
 */
public interface SearchUnits {

    /** The units of the reader's agencies (a liaison: their own unit); empty for the public. */
    List<UnitChoice> choicesFor(CurrentUser user);

    /** One option of the filter; {@code group} is the agency's short name, shown when several agencies. */
    record UnitChoice(long id, String name, String group) {
    }
}
