package tw.mainstream.account;

import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.security.MainstreamPrincipal;

/** A person signed in through an OpenID provider: the provider's user and the account it maps to here (public: pages read it). */
public record OidcAccountPrincipal(AccountPrincipal account, OidcUser oidcUser) implements OidcUser, MainstreamPrincipal {

    @Override
    public CurrentUser currentUser() {
        return account.currentUser();
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidcUser.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidcUser.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidcUser.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidcUser.getAttributes();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.getAuthorities();
    }

    /** The account's username here (not the provider's subject). */
    @Override
    public String getName() {
        return account.getUsername();
    }
}
