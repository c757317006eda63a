package tw.mainstream.account;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** This address must wait before it may try this account again. */
class SignInThrottledException extends LockedException {
    private final transient Instant until;

    SignInThrottledException(Instant until) {
        super("Too many failed sign-ins from this address; wait until " + until);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
