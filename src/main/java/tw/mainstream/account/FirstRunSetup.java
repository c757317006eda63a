package tw.mainstream.account;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.account.domain.UserAccountRepository;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.AccountRole;

/**
 * A new installation has no account and no default password. Either the first administrator is
 * given on the command line ({@code --mainstream.admin.username=… --mainstream.admin.password=…}),
 * or a one-time code is printed in the log and the /setup page asks for it.
 */
@Component
public class FirstRunSetup {
    static final int MIN_PASSWORD = 10;
    private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final String adminUsername;
    private final String adminPassword;
    private volatile String token;

    FirstRunSetup(UserAccountRepository accounts, PasswordEncoder encoder, AdminProperties admin) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.adminUsername = admin.username();
        this.adminPassword = admin.password();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void onReady() {
        if (accounts.count() > 0) {
            return;
        }
        if (!adminUsername.isBlank()) {
            createAdmin(adminUsername, adminPassword);
            log.info("Created the first administrator '{}' from the command line.", adminUsername);
            return;
        }
        token = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        log.warn("No account exists. Open /setup and enter this one-time setup code: {}", token);
    }

    public boolean isOpen() {
        return token != null && accounts.count() == 0;
    }

    /** Creates the administrator if the one-time code matches; the code is then spent. */
    @Transactional
    public synchronized void complete(String givenToken, String username, String password) {
        if (!isOpen()) {
            throw new DomainException("account.setup.closed", 409);
        }
        if (givenToken == null || !java.security.MessageDigest.isEqual(token.getBytes(), givenToken.strip().getBytes())) {
            throw DomainException.invalid("account.setup.badToken");
        }
        createAdmin(username, password);
        token = null;
    }

    private void createAdmin(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw DomainException.invalid("account.error.passwordTooShort", MIN_PASSWORD);
        }
        accounts.save(new UserAccount(username.strip(), encoder.encode(password), username.strip(),
                AccountRole.ADMIN, null, null, null));
    }
}
