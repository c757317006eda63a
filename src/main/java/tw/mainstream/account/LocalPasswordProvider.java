package tw.mainstream.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import tw.mainstream.account.domain.TotpCodes;
import tw.mainstream.account.domain.UserAccountRepository;

/** Local accounts: the password, then for accounts with two-factor sign-in the authenticator code. */
class LocalPasswordProvider extends DaoAuthenticationProvider {
    private final UserAccountRepository accounts;
    private final TotpCodes totp;

    LocalPasswordProvider(AccountDetailsService details, PasswordEncoder encoder, UserAccountRepository accounts,
                          TotpCodes totp) {
        super(details);
        setPasswordEncoder(encoder);
        this.accounts = accounts;
        this.totp = totp;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken auth) {
        super.additionalAuthenticationChecks(user, auth);
        String secret = accounts.findByUsername(user.getUsername()).map(a -> a.getTotpSecret()).orElse(null);
        if (secret != null) {
            String code = auth.getDetails() instanceof SignInDetails d ? d.code() : null;
            if (!totp.verify(secret, code)) {
                throw new TotpRequiredException();
            }
        }
    }
}
