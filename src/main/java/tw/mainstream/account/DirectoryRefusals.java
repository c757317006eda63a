package tw.mainstream.account;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import tw.mainstream.account.domain.DirectoryAccounts.RefusedException;

/** A refused directory sign-in as the exception Spring Security reports. */
final class DirectoryRefusals {
    private DirectoryRefusals() {
    }

    static AuthenticationException of(RefusedException e, String username) {
        return switch (e.reason()) {
            case DISABLED -> new DisabledException("Account disabled: " + username);
            case NO_ROLE -> new NoRoleMappedException(username);
            case OTHER_SOURCE -> new BadCredentialsException("Account signs in another way: " + username);
        };
    }
}
