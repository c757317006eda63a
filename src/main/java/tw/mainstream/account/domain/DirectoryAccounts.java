package tw.mainstream.account.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.security.AccountRole;

/**
 * Accounts that follow a directory (LDAP) or an OpenID provider: created at first sign-in, and at
 * every sign-in given the role, agency, unit and administration scope that the agency's role
 * mappings assign to the person's groups. An account disabled here stays disabled.
 */
@Service
@Transactional
public class DirectoryAccounts {
    /** When groups map to several roles, the first of this order wins. */
    private static final List<AccountRole> PRECEDENCE = List.of(AccountRole.SECRETARIAT, AccountRole.OVERSIGHT,
            AccountRole.LIAISON, AccountRole.MEMBER);

    /** Why a directory sign-in is refused. */
    public enum Refusal { DISABLED, NO_ROLE, OTHER_SOURCE }

    public static class RefusedException extends RuntimeException {
        private final Refusal reason;

        RefusedException(Refusal reason, String username) {
            super(reason + ": " + username);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    private final UserAccountRepository accounts;
    private final RoleMappingRepository mappings;
    private final SignInAudit audit;
    private final Clock clock;

    DirectoryAccounts(UserAccountRepository accounts, RoleMappingRepository mappings, SignInAudit audit, Clock clock) {
        this.accounts = accounts;
        this.mappings = mappings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The account of a person the directory has just authenticated, created or brought up to date. */
    public UserAccount signIn(AccountSource source, String username, String displayName, String email,
                              Collection<String> groups) {
        Optional<UserAccount> existing = accounts.findByUsername(username);
        if (existing.isPresent() && existing.get().getSource() != source) {
            throw new RefusedException(Refusal.OTHER_SOURCE, username);
        }
        if (existing.isPresent() && !existing.get().isActiveOn(LocalDate.now(clock))) {
            throw new RefusedException(Refusal.DISABLED, username);
        }
        RoleMapping rule = bestRule(source, groups)
                .orElseThrow(() -> new RefusedException(Refusal.NO_ROLE, username));
        AdminScope adminScope = mappings.findBySourceAndGroupNameIn(source, groups).stream()
                .filter(m -> m.getAgencyId().equals(rule.getAgencyId()) && m.getAdminScope() != null)
                .map(RoleMapping::getAdminScope).max(Comparator.naturalOrder()).orElse(null);
        UserAccount a = existing.orElseGet(() -> accounts.save(UserAccount.fromDirectory(source, username,
                displayName == null || displayName.isBlank() ? username : displayName)));
        String before = existing.isPresent() ? AccountAdminService.describe(a) : "new";
        a.update(displayName == null || displayName.isBlank() ? a.getDisplayName() : cut(displayName, 200),
                email == null || email.isBlank() ? a.getEmail() : cut(email, 200), rule.getRole(), rule.getAgencyId(),
                rule.getUnitId(), a.getPersonId(), true);
        a.setAdminScope(adminScope);
        String after = AccountAdminService.describe(a);
        if (!before.equals(after)) {
            audit.record(username, a.getAgencyId(), null, SignInAudit.Method.valueOf(source.name()),
                    SignInAudit.Outcome.ACCESS_CHANGED, before + " → " + after + " (directory groups)", null);
        }
        return a;
    }

    /** Disables an account the directory no longer has or has disabled (the daily check). */
    public boolean disableGone(String username, String why) {
        return accounts.findByUsername(username).filter(UserAccount::isEnabled).map(a -> {
            a.update(a.getDisplayName(), a.getEmail(), a.getRole(), a.getAgencyId(), a.getUnitId(), a.getPersonId(),
                    false);
            audit.record(username, a.getAgencyId(), null, SignInAudit.Method.SYSTEM, SignInAudit.Outcome.DISABLED,
                    why, null);
            return true;
        }).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<String> enabledUsernames(AccountSource source) {
        return accounts.findAllByOrderByUsernameAsc().stream()
                .filter(a -> a.getSource() == source && a.isEnabled()).map(UserAccount::getUsername).toList();
    }

    private Optional<RoleMapping> bestRule(AccountSource source, Collection<String> groups) {
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        return mappings.findBySourceAndGroupNameIn(source, groups).stream()
                .min(Comparator.comparingInt((RoleMapping m) -> PRECEDENCE.indexOf(m.getRole()))
                        .thenComparing(RoleMapping::getId));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
