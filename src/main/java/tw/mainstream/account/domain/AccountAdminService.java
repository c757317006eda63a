package tw.mainstream.account.domain;

import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.ForbiddenException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Account administration, admin only (pages and API alike): list, create, change role and scope,
 * disable, reset a password, clear a sign-in lock.
 */
@Service
@Transactional
public class AccountAdminService {
    public static final int MIN_PASSWORD = 10;

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final CommitteeApi committee;

    AccountAdminService(UserAccountRepository accounts, PasswordEncoder encoder, CommitteeApi committee) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.committee = committee;
    }

    /** What an administrator enters for an account. */
    public record AccountInput(String username, String password, String displayName, String email, AccountRole role,
                               Long agencyId, Long unitId, boolean enabled) {
    }

    @Transactional(readOnly = true)
    public List<UserAccount> list(CurrentUser user) {
        requireAdmin(user);
        return accounts.findAllByOrderByUsernameAsc();
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
        requireAdmin(user);
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    public UserAccount create(AccountInput in, CurrentUser user) {
        requireAdmin(user);
        if (in.username() == null || in.username().isBlank()) {
            throw DomainException.invalid("account.error.required");
        }
        if (accounts.findByUsername(in.username().strip()).isPresent()) {
            throw DomainException.invalid("account.error.usernameTaken", in.username().strip());
        }
        checkPassword(in.password());
        checkScope(in);
        UserAccount a = new UserAccount(in.username().strip(), encoder.encode(in.password()), displayName(in),
                in.role(), scopeAgency(in), in.role() == AccountRole.LIAISON ? in.unitId() : null, null);
        a.update(displayName(in), blank(in.email()), in.role(), scopeAgency(in),
                in.role() == AccountRole.LIAISON ? in.unitId() : null, null, in.enabled());
        return accounts.save(a);
    }

    public UserAccount update(Long id, long version, AccountInput in, CurrentUser user) {
        UserAccount a = get(id, user);
        a.checkVersion(version);
        checkScope(in);
        if (a.getUsername().equals(user.username()) && (!in.enabled() || in.role() != AccountRole.ADMIN)) {
            throw DomainException.invalid("account.error.selfLockout");
        }
        a.update(displayName(in), blank(in.email()), in.role(), scopeAgency(in),
                in.role() == AccountRole.LIAISON ? in.unitId() : null,
                in.role() == AccountRole.MEMBER ? a.getPersonId() : null, in.enabled());
        if (in.password() != null && !in.password().isBlank()) {
            checkPassword(in.password());
            a.changePassword(encoder.encode(in.password()));
        }
        return a;
    }

    /** Enables or disables an account; an administrator cannot disable their own. */
    public UserAccount setEnabled(Long id, boolean enabled, CurrentUser user) {
        UserAccount a = get(id, user);
        if (!enabled && a.getUsername().equals(user.username())) {
            throw DomainException.invalid("account.error.selfLockout");
        }
        a.update(a.getDisplayName(), a.getEmail(), a.getRole(), a.getAgencyId(), a.getUnitId(), a.getPersonId(),
                enabled);
        return a;
    }

    /** The administrator sets a new password (same rule as on creation). */
    public UserAccount resetPassword(Long id, String password, CurrentUser user) {
        UserAccount a = get(id, user);
        checkPassword(password);
        a.changePassword(encoder.encode(password));
        return a;
    }

    /** Clears the lock (and the count of failed sign-ins) left by repeated wrong passwords. */
    public UserAccount unlock(Long id, CurrentUser user) {
        UserAccount a = get(id, user);
        a.recordSuccess();
        return a;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw DomainException.invalid("account.error.passwordTooShort", MIN_PASSWORD);
        }
    }

    private void checkScope(AccountInput in) {
        if (in.role() == null) {
            throw DomainException.invalid("account.error.roleRequired");
        }
        if (in.role() == AccountRole.ADMIN) {
            return;
        }
        if (in.agencyId() == null || committee.agency(in.agencyId()).isEmpty()) {
            throw DomainException.invalid("account.error.scopeRequired");
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

    private static Long scopeAgency(AccountInput in) {
        return in.role() == AccountRole.ADMIN ? null : in.agencyId();
    }

    private static String displayName(AccountInput in) {
        return in.displayName() == null || in.displayName().isBlank() ? in.username().strip() : in.displayName().strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ForbiddenException();
        }
    }
}
