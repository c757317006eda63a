package tw.mainstream.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import tw.mainstream.account.domain.AccountSource;
import tw.mainstream.account.domain.DirectoryAccounts;

/**
 * OpenID Connect sign-in: after the provider's ID token is checked, the account named by the
 * username claim is created or updated from the groups claim through the agency's role mappings.
 */
@Component
class OidcSignInService implements OAuth2UserService<OidcUserRequest, OidcUser> {
    private final OidcUserService delegate = new OidcUserService();
    private final DirectoryAccounts directory;
    private final AccountDetailsService details;
    private final String usernameClaim;
    private final String groupsClaim;

    OidcSignInService(DirectoryAccounts directory, AccountDetailsService details, OidcProperties oidc) {
        this.directory = directory;
        this.details = details;
        this.usernameClaim = oidc.usernameClaim();
        this.groupsClaim = oidc.groupsClaim();
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        String username = user.getClaimAsString(usernameClaim);
        if (username == null || username.isBlank()) {
            username = user.getSubject();
        }
        try {
            var account = directory.signIn(AccountSource.OIDC, username, user.getFullName(), user.getEmail(),
                    groups(user.getClaims().get(groupsClaim)));
            return new OidcAccountPrincipal(details.principal(account, null), user);
        } catch (DirectoryAccounts.RefusedException e) {
            throw DirectoryRefusals.of(e, username);
        }
    }

    private static List<String> groups(Object claim) {
        if (claim instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim).split("[,\\s]+"));
    }
}
