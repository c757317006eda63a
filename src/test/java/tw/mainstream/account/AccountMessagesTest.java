package tw.mainstream.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import tw.mainstream.account.domain.AccountSource;
import tw.mainstream.account.domain.AdminScope;
import tw.mainstream.account.domain.SignInAudit;

/** Every enum the account pages show has its label in both bundles (template keys: CommitteeMessagesTest). */
class AccountMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(AccountMessagesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void enumLabelsExistInBothLanguages() throws IOException {
        for (Properties p : new Properties[] {load("account.properties"), load("account_en.properties")}) {
            for (AccountSource s : AccountSource.values()) {
                assertThat(p).containsKey("accountSource." + s);
            }
            for (AdminScope s : AdminScope.values()) {
                assertThat(p).containsKey("adminScope." + s);
            }
            for (SignInAudit.Method m : SignInAudit.Method.values()) {
                assertThat(p).containsKey("signInMethod." + m);
            }
            for (SignInAudit.Outcome o : SignInAudit.Outcome.values()) {
                assertThat(p).containsKey("signInOutcome." + o);
            }
            for (String reason : new String[] {"failed", "throttled", "norole", "disabled", "totp"}) {
                assertThat(p).containsKey("account.login." + reason);
            }
        }
    }
}
