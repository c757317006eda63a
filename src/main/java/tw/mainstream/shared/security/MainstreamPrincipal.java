package tw.mainstream.shared.security;

import java.io.Serializable;

/**
 * Implemented by the principal stored in the security context, so any module can get the user.
 * Serializable (every sign-in method's principal): sessions are stored in the database.
 */
public interface MainstreamPrincipal extends Serializable {
    CurrentUser currentUser();
}
