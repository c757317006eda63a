package tw.mainstream.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Records an interactive sign-in (form or OpenID provider) in the sign-in audit, then goes on as usual. */
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {
    private final LoginThrottle events;

    SignInSuccessHandler(LoginThrottle events) {
        this.events = events;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        events.recordSignIn(authentication, request.getRemoteAddr());
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
