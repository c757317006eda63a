package tw.mainstream.shared.audit;

import java.util.Optional;

/**
 * Names the change history shows instead of ids, given by the module that owns them: the committee
 * module names agencies, the account module the people behind user names. Empty when unknown.
 */
public interface HistoryNames {

    default Optional<String> agency(long agencyId) {
        return Optional.empty();
    }

    default Optional<String> person(String username) {
        return Optional.empty();
    }
}
