package tw.mainstream.shared.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in user from the security context; anonymous when nobody is signed in. */
public final class CurrentUsers {
    private CurrentUsers() {
    }

    public static CurrentUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof MainstreamPrincipal p) {
            return p.currentUser();
        }
        return CurrentUser.ANONYMOUS;
    }
}
