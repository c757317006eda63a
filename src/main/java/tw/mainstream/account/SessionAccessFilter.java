package tw.mainstream.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import tw.mainstream.account.domain.SignInAudit;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.account.domain.UserAccountRepository;

/**
 * Keeps every session in step with its account. Each request compares the account's security stamp
 * with the one the session signed in with: a disabled, expired or removed account's session ends at
 * its next request (on any node, since it reads the database, not the session store); a changed role,
 * unit or agency takes effect at once, the session carrying on with the new scope.
 */
class SessionAccessFilter extends OncePerRequestFilter {

    private final UserAccountRepository accounts;
    private final PrincipalRefresher refresher;
    private final SignInAudit audit;
    private final Clock clock;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SessionAccessFilter(UserAccountRepository accounts, PrincipalRefresher refresher, SignInAudit audit, Clock clock) {
        this.accounts = accounts;
        this.refresher = refresher;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Long stamp = auth == null ? null : PrincipalRefresher.stampOf(auth.getPrincipal());
        if (stamp != null) {
            String username = PrincipalRefresher.usernameOf(auth.getPrincipal());
            UserAccount account = accounts.findByUsername(username).orElse(null);
            if (account == null || !account.isActiveOn(LocalDate.now(clock))) {
                end(request, account, username);
            } else if (account.getSecurityStamp() != stamp) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(refresher.refresh(auth, account));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void end(HttpServletRequest request, UserAccount account, String username) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        audit.record(username, account == null ? null : account.getAgencyId(), request.getRemoteAddr(),
                SignInAudit.Method.SYSTEM, SignInAudit.Outcome.SESSION_ENDED, "account disabled or expired", null);
    }
}
