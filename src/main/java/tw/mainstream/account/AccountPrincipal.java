package tw.mainstream.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.security.MainstreamPrincipal;

/** The signed-in account as Spring Security holds it, with its scope resolved. */
public record AccountPrincipal(CurrentUser currentUser, String password, boolean enabled, boolean locked)
        implements UserDetails, MainstreamPrincipal {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + currentUser.role().name()));
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
}
