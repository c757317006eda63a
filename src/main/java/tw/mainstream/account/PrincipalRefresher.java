package tw.mainstream.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import tw.mainstream.account.domain.UserAccount;

/** Builds the authentication of a session anew from the account as it is now (new role, unit, scope). */
@Component
class PrincipalRefresher {
    private final AccountDetailsService details;

    PrincipalRefresher(AccountDetailsService details) {
        this.details = details;
    }

    Authentication refresh(Authentication old, UserAccount account) {
        AccountPrincipal fresh = details.principal(account, null);
        if (old instanceof OAuth2AuthenticationToken token && old.getPrincipal() instanceof OidcAccountPrincipal p) {
            OidcAccountPrincipal principal = new OidcAccountPrincipal(fresh, p.oidcUser());
            return new OAuth2AuthenticationToken(principal, principal.getAuthorities(),
                    token.getAuthorizedClientRegistrationId());
        }
        var token = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        token.setDetails(old.getDetails());
        return token;
    }

    static Long stampOf(Object principal) {
        if (principal instanceof AccountPrincipal p) {
            return p.securityStamp();
        }
        return principal instanceof OidcAccountPrincipal p ? p.account().securityStamp() : null;
    }

    static String usernameOf(Object principal) {
        return principal instanceof OidcAccountPrincipal p ? p.account().getUsername()
                : ((AccountPrincipal) principal).getUsername();
    }
}
