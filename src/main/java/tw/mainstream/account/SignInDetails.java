package tw.mainstream.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The address of a sign-in plus the authenticator code typed on the sign-in page, if any. */
class SignInDetails extends WebAuthenticationDetails {
    private final String code;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter("code");
    }

    String code() {
        return code;
    }
}
