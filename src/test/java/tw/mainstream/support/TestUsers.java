package tw.mainstream.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as one of the demo accounts, with its real scope. */
@Component
public class TestUsers {
    private final UserDetailsService details;

    TestUsers(UserDetailsService details) {
        this.details = details;
    }

    /** The scope a service sees for this demo account. */
    public tw.mainstream.shared.security.CurrentUser current(String username) {
        return ((tw.mainstream.shared.security.MainstreamPrincipal) details.loadUserByUsername(username)).currentUser();
    }

    public RequestPostProcessor as(String username) {
        return user(details.loadUserByUsername(username));
    }
}
