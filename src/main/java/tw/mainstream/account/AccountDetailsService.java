package tw.mainstream.account;

import java.time.Clock;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.account.domain.UserAccountRepository;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/** Loads an account and resolves what it may read: oversight reads its agency's whole subtree. */
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
        UserAccount a = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return new AccountPrincipal(toCurrentUser(a), a.getPasswordHash(), a.isEnabled(),
                a.isLockedAt(clock.instant()));
    }

    CurrentUser toCurrentUser(UserAccount a) {
        Set<Long> readable = a.getAgencyId() == null ? Set.of()
                : a.getRole() == AccountRole.OVERSIGHT ? Set.copyOf(committee.agencyWithDescendants(a.getAgencyId()))
                : Set.of(a.getAgencyId());
        return new CurrentUser(a.getUsername(), a.getDisplayName(), a.getRole(), a.getAgencyId(), a.getUnitId(),
                a.getPersonId(), readable);
    }
}
