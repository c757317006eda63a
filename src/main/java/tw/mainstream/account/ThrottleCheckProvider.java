package tw.mainstream.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import tw.mainstream.account.domain.SignInThrottle;

/**
 * First in line for a username and password: refuses, before any password is checked, an address
 * that must still wait for this account; otherwise passes on to the next provider.
 */
class ThrottleCheckProvider implements AuthenticationProvider {
    private final SignInThrottle throttle;

    ThrottleCheckProvider(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        throttle.blockedUntil(authentication.getName(), address(authentication)).ifPresent(until -> {
            throw new SignInThrottledException(until);
        });
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The client address the request came from, as the servlet container saw it. */
    static String address(Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails d
                && d.getRemoteAddress() != null ? d.getRemoteAddress() : "unknown";
    }
}
