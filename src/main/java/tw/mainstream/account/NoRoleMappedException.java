package tw.mainstream.account;

import org.springframework.security.authentication.AccountStatusException;

/** The directory knows the person, but no role mapping of the agency gives them a role here. */
class NoRoleMappedException extends AccountStatusException {
    NoRoleMappedException(String username) {
        super("No role mapping matches the groups of " + username);
    }
}
