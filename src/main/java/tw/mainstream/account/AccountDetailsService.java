package tw.mainstream.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.account.domain.AccountSource;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.account.domain.UserAccountRepository;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Loads a local account for password sign-in and resolves what it may read: oversight reads its
 * agency's whole subtree. Accounts of a directory or identity provider never sign in with a password here.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final CommitteeApi committee;
    private final Clock clock;

    AccountDetailsService(UserAccountRepository accounts, CommitteeApi committee, Clock clock) {
        this.accounts = accounts;
        this.committee = committee;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount a = accounts.findByUsername(username).filter(x -> x.getSource() == AccountSource.LOCAL)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return principal(a, a.getPasswordHash());
    }

    /** The principal of an account as it is now (enabled and not expired, scope resolved). */
    AccountPrincipal principal(UserAccount a, String password) {
        return new AccountPrincipal(toCurrentUser(a), password, a.isActiveOn(LocalDate.now(clock)), false,
                a.getSecurityStamp(), a.getAdminScope() != null);
    }

    CurrentUser toCurrentUser(UserAccount a) {
        Set<Long> readable = a.getAgencyId() == null ? Set.of()
                : a.getRole() == AccountRole.OVERSIGHT ? Set.copyOf(committee.agencyWithDescendants(a.getAgencyId()))
                : Set.of(a.getAgencyId());
        return new CurrentUser(a.getUsername(), a.getDisplayName(), a.getRole(), a.getAgencyId(), a.getUnitId(),
                a.getPersonId(), readable);
    }
}
