package tw.mainstream.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.security.MainstreamPrincipal;

/**
 * The signed-in account as Spring Security holds it, with its scope resolved and the account's
 * security stamp at sign-in (a session whose stamp is outdated is refreshed or ended).
 */
public record AccountPrincipal(CurrentUser currentUser, String password, boolean enabled, boolean locked,
                               long securityStamp, boolean agencyAdmin)
        implements UserDetails, MainstreamPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + currentUser.role().name()));
        if (agencyAdmin) {
            authorities.add(new SimpleGrantedAuthority("ROLE_AGENCY_ADMIN"));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** The same account without its password hash, as kept in the session. */
    AccountPrincipal withoutPassword() {
        return new AccountPrincipal(currentUser, null, enabled, locked, securityStamp, agencyAdmin);
    }
}
