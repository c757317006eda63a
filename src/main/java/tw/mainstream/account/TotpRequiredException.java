package tw.mainstream.account;

import org.springframework.security.authentication.BadCredentialsException;

/** The password was right, but the account also needs a valid authenticator code (counts as a failure). */
class TotpRequiredException extends BadCredentialsException {
    TotpRequiredException() {
        super("A valid authenticator code is required");
    }
}
