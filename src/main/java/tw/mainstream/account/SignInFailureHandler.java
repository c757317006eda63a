package tw.mainstream.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/** Sends a failed sign-in back to the sign-in page with the reason the page can explain. */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        getRedirectStrategy().sendRedirect(request, response, "/login?error=" + code(exception));
    }

    static String code(AuthenticationException e) {
        if (e instanceof SignInThrottledException) {
            return "throttled";
        }
        if (e instanceof NoRoleMappedException) {
            return "norole";
        }
        if (e instanceof DisabledException) {
            return "disabled";
        }
        if (e instanceof TotpRequiredException) {
            return "totp";
        }
        return "failed";
    }
}
