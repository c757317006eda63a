package tw.mainstream.shared.security;

/** Implemented by the principal stored in the security context, so any module can get the user. */
public interface MainstreamPrincipal {
    CurrentUser currentUser();
}
