package tw.mainstream.account;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.account.domain.UserAccountRepository;

/** After repeated wrong passwords an account is locked for a while (stored, so it holds across nodes). */
@Component
class LoginThrottle {

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginThrottle(UserAccountRepository accounts, Clock clock,
                  @Value("${mainstream.login.max-failures:5}") int maxFailures,
                  @Value("${mainstream.login.lock-minutes:15}") long lockMinutes) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName())
                .ifPresent(a -> a.recordFailure(maxFailures, lockFor, clock.instant()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(a -> {
            if (a.getFailedAttempts() > 0 || a.getLockedUntil() != null) {
                a.recordSuccess();
            }
        });
    }
}
