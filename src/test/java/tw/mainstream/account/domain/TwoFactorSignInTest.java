package tw.mainstream.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.support.IntegrationTest;

/** A local administrator turns on two-factor sign-in; from then on the password alone is refused. */
class TwoFactorSignInTest extends IntegrationTest {
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    TransactionTemplate tx;

    private static String codeNow(String secret) {
        return TotpCodes.code(new Base32().decode(secret), Instant.now(), 6, "HmacSHA1");
    }

    /** Signs in through the form; the session as the browser holds it (a cookie of the stored session). */
    private Cookie[] signIn(String username, String password, String code, String expectedUrl)
            throws Exception {
        var request = post("/login").param("username", username).param("password", password).with(csrf());
        if (code != null) {
            request.param("code", code);
        }
        return mvc.perform(request).andExpect(redirectedUrl(expectedUrl)).andReturn().getResponse().getCookies();
    }

    @Test
    void anAdministratorTurnsOnTwoFactorAndThenNeedsTheCode() throws Exception {
        tx.executeWithoutResult(s -> accounts.save(new UserAccount("totp-admin", encoder.encode("admin-password-1"),
                "二階段管理者", AccountRole.ADMIN, null, null, null)));
        Cookie[] session = signIn("totp-admin", "admin-password-1", null, "/");
        String page = mvc.perform(get("/account/two-factor").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<").matcher(page);
        assertThat(m.find()).isTrue();
        String secret = m.group(1);
        mvc.perform(post("/account/two-factor").cookie(session).with(csrf()).param("code", "000000"))
                .andExpect(redirectedUrl("/account/two-factor"));
        assertThat(accounts.findByUsername("totp-admin").orElseThrow().getTotpSecret()).isNull();
        mvc.perform(post("/account/two-factor").cookie(session).with(csrf()).param("code", codeNow(secret)))
                .andExpect(redirectedUrl("/account/two-factor"));
        assertThat(accounts.findByUsername("totp-admin").orElseThrow().getTotpSecret()).isEqualTo(secret);

        signIn("totp-admin", "admin-password-1", null, "/login?error=totp");
        signIn("totp-admin", "admin-password-1", "123456".equals(codeNow(secret)) ? "654321" : "123456",
                "/login?error=totp");
        signIn("totp-admin", "wrong-password", codeNow(secret), "/login?error=failed");
        signIn("totp-admin", "admin-password-1", codeNow(secret), "/");
    }

    @Test
    void twoFactorIsForAdministratorsOnly() throws Exception {
        Cookie[] session = signIn("demo-member", "demo", null, "/");
        mvc.perform(get("/account/two-factor").cookie(session)).andExpect(status().isForbidden());
    }
}
