package tw.mainstream.account.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.account.domain.AdminReach.Reach;
import tw.mainstream.account.domain.SignInAudit.Method;
import tw.mainstream.account.domain.SignInAudit.Outcome;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.ForbiddenException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Account administration (pages and API alike): list, create, change role and scope, disable, reset a
 * password, clear sign-in throttling. The system administrator manages every account; an agency
 * administrator only those of the agencies in their reach, never an administrator's, and an account
 * outside the reach answers as if it did not exist.
 */
@Service
@Transactional
public class AccountAdminService {
    public static final int MIN_PASSWORD = 10;

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final CommitteeApi committee;
    private final AdminReach reach;
    private final SignInThrottle throttle;
    private final SignInAudit audit;

    AccountAdminService(UserAccountRepository accounts, PasswordEncoder encoder, CommitteeApi committee,
                        AdminReach reach, SignInThrottle throttle, SignInAudit audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.committee = committee;
        this.reach = reach;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** What an administrator enters for an account; expiry applies to local accounts only. */
    public record AccountInput(String username, String password, String displayName, String email, AccountRole role,
                               Long agencyId, Long unitId, boolean enabled, AdminScope adminScope,
                               LocalDate expiresOn) {
        public AccountInput(String username, String password, String displayName, String email, AccountRole role,
                            Long agencyId, Long unitId, boolean enabled) {
            this(username, password, displayName, email, role, agencyId, unitId, enabled, null, null);
        }
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list(CurrentUser user) {
        Reach r = reach.require(user);
        return accounts.findAllByOrderByUsernameAsc().stream().filter(a -> r.covers(a.getAgencyId())).toList();
    }

    /** The accounts, narrowed to an agency, a role and/or enabled state when these are given. */
    @Transactional(readOnly = true)
    public List<UserAccount> list(CurrentUser user, Long agencyId, AccountRole role, Boolean enabled) {
        return list(user).stream()
                .filter(a -> agencyId == null || agencyId.equals(a.getAgencyId()))
                .filter(a -> role == null || role == a.getRole())
                .filter(a -> enabled == null || enabled == a.isEnabled())
                .toList();
    }

    @Transactional(readOnly = true)
    public UserAccount get(Long id, CurrentUser user) {
        Reach r = reach.require(user);
        return accounts.findById(id).filter(a -> r.covers(a.getAgencyId()))
                .orElseThrow(() -> new NotFoundException("account", id));
    }

    public UserAccount create(AccountInput in, CurrentUser user) {
        Reach r = reach.require(user);
        if (in.username() == null || in.username().isBlank()) {
            throw DomainException.invalid("account.error.required");
        }
        if (accounts.findByUsername(in.username().strip()).isPresent()) {
            throw DomainException.invalid("account.error.usernameTaken", in.username().strip());
        }
        checkPassword(in.password());
        checkScope(in, r);
        UserAccount a = new UserAccount(in.username().strip(), encoder.encode(in.password()), displayName(in),
                in.role(), scopeAgency(in), in.role() == AccountRole.LIAISON ? in.unitId() : null, null);
        a.update(displayName(in), blank(in.email()), in.role(), scopeAgency(in),
                in.role() == AccountRole.LIAISON ? in.unitId() : null, null, in.enabled());
        a.setAdminScope(adminScope(in));
        a.setExpiresOn(in.expiresOn());
        UserAccount saved = accounts.save(a);
        audit.record(saved.getUsername(), saved.getAgencyId(), null, Method.ADMIN, Outcome.ACCESS_CHANGED,
                "created " + describe(saved), user.username());
        return saved;
    }

    public UserAccount update(Long id, long version, AccountInput in, CurrentUser user) {
        Reach r = reach.require(user);
        UserAccount a = get(id, user);
        a.checkVersion(version);
        checkScope(in, r);
        boolean self = a.getUsername().equals(user.username());
        if (self && (!in.enabled() || in.role() != a.getRole() || adminScope(in) != a.getAdminScope())) {
            throw DomainException.invalid("account.error.selfLockout");
        }
        String before = describe(a);
        a.update(displayName(in), blank(in.email()), in.role(), scopeAgency(in),
                in.role() == AccountRole.LIAISON ? in.unitId() : null,
                in.role() == AccountRole.MEMBER ? a.getPersonId() : null, in.enabled());
        a.setAdminScope(adminScope(in));
        a.setExpiresOn(a.getSource() == AccountSource.LOCAL ? in.expiresOn() : null);
        if (in.password() != null && !in.password().isBlank()) {
            setPassword(a, in.password());
        }
        recordChange(a, before, user);
        return a;
    }

    /** Enables or disables an account; nobody can disable their own. */
    public UserAccount setEnabled(Long id, boolean enabled, CurrentUser user) {
        UserAccount a = get(id, user);
        if (!enabled && a.getUsername().equals(user.username())) {
            throw DomainException.invalid("account.error.selfLockout");
        }
        String before = describe(a);
        a.update(a.getDisplayName(), a.getEmail(), a.getRole(), a.getAgencyId(), a.getUnitId(), a.getPersonId(),
                enabled);
        recordChange(a, before, user);
        return a;
    }

    /** The administrator sets a new password (same rule as on creation); local accounts only. */
    public UserAccount resetPassword(Long id, String password, CurrentUser user) {
        UserAccount a = get(id, user);
        setPassword(a, password);
        audit.record(a.getUsername(), a.getAgencyId(), null, Method.ADMIN, Outcome.ACCESS_CHANGED,
                "password reset", user.username());
        return a;
    }

    /** Clears the sign-in throttling of the account, from every address. */
    public UserAccount unlock(Long id, CurrentUser user) {
        UserAccount a = get(id, user);
        int cleared = throttle.clear(a.getUsername());
        audit.record(a.getUsername(), a.getAgencyId(), null, Method.ADMIN, Outcome.ACCESS_CHANGED,
                "throttling cleared (" + cleared + " addresses)", user.username());
        return a;
    }

    /** The throttled addresses of the accounts in the user's reach. */
    @Transactional(readOnly = true)
    public List<SignInThrottle.Entry> throttled(CurrentUser user) {
        return throttle.entries(list(user).stream().map(UserAccount::getUsername).toList());
    }

    private void setPassword(UserAccount a, String password) {
        if (a.getSource() != AccountSource.LOCAL) {
            throw DomainException.invalid("account.error.directoryPassword");
        }
        checkPassword(password);
        a.changePassword(encoder.encode(password));
    }

    private void recordChange(UserAccount a, String before, CurrentUser user) {
        String after = describe(a);
        if (!before.equals(after)) {
            audit.record(a.getUsername(), a.getAgencyId(), null, Method.ADMIN, Outcome.ACCESS_CHANGED,
                    before + " → " + after, user.username());
        }
    }

    static String describe(UserAccount a) {
        return a.getRole() + " agency=" + a.getAgencyId() + " unit=" + a.getUnitId()
                + (a.getAdminScope() == null ? "" : " admin=" + a.getAdminScope())
                + (a.isEnabled() ? "" : " disabled");
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw DomainException.invalid("account.error.passwordTooShort", MIN_PASSWORD);
        }
    }

    private void checkScope(AccountInput in, Reach r) {
        if (in.role() == null) {
            throw DomainException.invalid("account.error.roleRequired");
        }
        if (in.role() == AccountRole.ADMIN) {
            if (!r.all()) {
                throw new ForbiddenException();
            }
            return;
        }
        if (in.agencyId() == null || committee.agency(in.agencyId()).isEmpty()) {
            throw DomainException.invalid("account.error.scopeRequired");
        }
        if (!r.covers(in.agencyId())) {
            throw DomainException.invalid("account.error.agencyOutsideReach");
        }
        if (in.adminScope() == AdminScope.AGENCY_TREE && r.scope() != AdminScope.AGENCY_TREE) {
            throw DomainException.invalid("account.error.adminScopeTooWide");
        }
        if (in.role() == AccountRole.LIAISON) {
            if (in.unitId() == null) {
                throw DomainException.invalid("account.error.unitRequired");
            }
            if (committee.unit(in.unitId()).filter(u -> u.agencyId().equals(in.agencyId())).isEmpty()) {
                throw DomainException.invalid("account.error.unitOutsideAgency");
            }
        }
    }

    private static AdminScope adminScope(AccountInput in) {
        return in.role() == AccountRole.ADMIN ? null : in.adminScope();
    }

    private static Long scopeAgency(AccountInput in) {
        return in.role() == AccountRole.ADMIN ? null : in.agencyId();
    }

    private static String displayName(AccountInput in) {
        return in.displayName() == null || in.displayName().isBlank() ? in.username().strip() : in.displayName().strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
