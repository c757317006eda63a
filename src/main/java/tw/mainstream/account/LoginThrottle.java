package tw.mainstream.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import tw.mainstream.account.domain.AccountSource;
import tw.mainstream.account.domain.SignInAudit;
import tw.mainstream.account.domain.SignInAudit.Method;
import tw.mainstream.account.domain.SignInAudit.Outcome;
import tw.mainstream.account.domain.SignInThrottle;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.account.domain.UserAccountRepository;

/**
 * Counts wrong passwords per account and address (see {@link SignInThrottle}) and writes the sign-in
 * audit: every interactive sign-in, every failure and refusal, with address and method.
 */
@Component
class LoginThrottle {

    private final SignInThrottle throttle;
    private final SignInAudit audit;
    private final UserAccountRepository accounts;

    LoginThrottle(SignInThrottle throttle, SignInAudit audit, UserAccountRepository accounts) {
        this.throttle = throttle;
        this.audit = audit;
        this.accounts = accounts;
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        String address = ThrottleCheckProvider.address(auth);
        String name = auth.getName() == null || auth.getName().isBlank() ? "?" : auth.getName();
        UserAccount account = accounts.findByUsername(name).orElse(null);
        Outcome outcome = outcome(event.getException());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            throttle.recordFailure(name, address);
        }
        audit.record(name, account == null ? null : account.getAgencyId(), address, method(auth, account), outcome,
                event.getException().getClass().getSimpleName(), null);
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof OAuth2LoginAuthenticationToken) {
            return;
        }
        throttle.recordSuccess(event.getAuthentication().getName(), ThrottleCheckProvider.address(event.getAuthentication()));
    }

    /** An interactive sign-in (the page's form or an OpenID provider), not each HTTP Basic call. */
    void recordSignIn(Authentication auth, String address) {
        String name = auth.getPrincipal() instanceof tw.mainstream.shared.security.MainstreamPrincipal p
                ? p.currentUser().username() : auth.getName();
        UserAccount account = accounts.findByUsername(name).orElse(null);
        audit.record(name, account == null ? null : account.getAgencyId(), address, method(auth, account),
                Outcome.SUCCESS, null, null);
    }

    private static Outcome outcome(Exception e) {
        if (e instanceof SignInThrottledException) {
            return Outcome.THROTTLED;
        }
        if (e instanceof org.springframework.security.authentication.DisabledException) {
            return Outcome.DISABLED;
        }
        if (e instanceof NoRoleMappedException) {
            return Outcome.NO_ROLE;
        }
        return Outcome.FAILURE;
    }

    private static Method method(Authentication auth, UserAccount account) {
        if (auth instanceof OAuth2AuthenticationToken || auth instanceof OAuth2LoginAuthenticationToken) {
            return Method.OIDC;
        }
        return account != null && account.getSource() == AccountSource.LDAP ? Method.LDAP : Method.PASSWORD;
    }
}
