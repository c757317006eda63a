package tw.mainstream.account.domain;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.ForbiddenException;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Two-factor sign-in (TOTP) for local administrator accounts (system or agency administrators):
 * turned on by confirming a first code from the authenticator app, off again with a current code.
 */
@Service
@Transactional
public class TwoFactorService {
    private final UserAccountRepository accounts;
    private final TotpCodes totp;
    private final SignInAudit audit;

    TwoFactorService(UserAccountRepository accounts, TotpCodes totp, SignInAudit audit) {
        this.accounts = accounts;
        this.totp = totp;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public boolean eligible(CurrentUser user) {
        return account(user).isPresent();
    }

    @Transactional(readOnly = true)
    public boolean enabled(CurrentUser user) {
        return account(user).map(a -> a.getTotpSecret() != null).orElse(false);
    }

    public String newSecret() {
        return totp.newSecret();
    }

    public void enable(CurrentUser user, String secret, String code) {
        UserAccount a = account(user).orElseThrow(ForbiddenException::new);
        if (secret == null || !totp.verify(secret, code)) {
            throw DomainException.invalid("account.twoFactor.badCode");
        }
        a.setTotpSecret(secret);
        audit.record(a.getUsername(), a.getAgencyId(), null, SignInAudit.Method.TOTP,
                SignInAudit.Outcome.ACCESS_CHANGED, "two-factor sign-in enabled", user.username());
    }

    public void disable(CurrentUser user, String code) {
        UserAccount a = account(user).orElseThrow(ForbiddenException::new);
        if (a.getTotpSecret() == null || !totp.verify(a.getTotpSecret(), code)) {
            throw DomainException.invalid("account.twoFactor.badCode");
        }
        a.setTotpSecret(null);
        audit.record(a.getUsername(), a.getAgencyId(), null, SignInAudit.Method.TOTP,
                SignInAudit.Outcome.ACCESS_CHANGED, "two-factor sign-in disabled", user.username());
    }

    private java.util.Optional<UserAccount> account(CurrentUser user) {
        if (user.isAnonymous()) {
            return java.util.Optional.empty();
        }
        return accounts.findByUsername(user.username()).filter(a -> a.getSource() == AccountSource.LOCAL)
                .filter(a -> user.isAdmin() || a.getAdminScope() != null);
    }
}
