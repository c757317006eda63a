package tw.mainstream.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tw.mainstream.account.DirectoryCheckJob;
import tw.mainstream.account.domain.AccountSource;
import tw.mainstream.account.domain.AdminScope;
import tw.mainstream.account.domain.SignInAudit;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.account.domain.UserAccountRepository;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.support.DirectoryServer;
import tw.mainstream.support.OidcProvider;
import tw.mainstream.support.TestUsers;

/**
 * Sign-in through the agency's directory (a real LDAP server loaded with 移民署's tree) and through a
 * real OpenID provider (Spring Authorization Server, authorization code with PKCE, in a browser through
 * the provider's own login page), with groups mapped to role, unit and administration by the mappings
 * that 移民署's own account administrator (demo-secretariat) sets.
 */
@AutoConfigureMockMvc
@Tag("db")
class DirectorySignInTest extends BrowserTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    CommitteeApi committee;
    @Autowired
    SignInAudit audit;
    @Autowired
    DirectoryCheckJob directoryCheck;

    @DynamicPropertySource
    static void directories(DynamicPropertyRegistry registry) {
        registry.add("mainstream.ldap.enabled", () -> "true");
        registry.add("mainstream.ldap.url", DirectoryServer::url);
        registry.add("mainstream.ldap.manager-dn", () -> DirectoryServer.MANAGER_DN);
        registry.add("mainstream.ldap.manager-password", () -> DirectoryServer.MANAGER_PASSWORD);
        registry.add("mainstream.ldap.user-search-base", () -> "ou=people");
        registry.add("mainstream.ldap.group-search-base", () -> "ou=groups");
        String reg = "spring.security.oauth2.client.registration.gov.";
        registry.add(reg + "client-id", () -> OidcProvider.CLIENT_ID);
        registry.add(reg + "client-secret", () -> OidcProvider.CLIENT_SECRET);
        registry.add(reg + "client-name", () -> "機關單一登入");
        registry.add(reg + "scope", () -> "openid");
        registry.add(reg + "authorization-grant-type", () -> "authorization_code");
        registry.add(reg + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add("spring.security.oauth2.client.provider.gov.issuer-uri", OidcProvider::issuer);
    }

    private Long nia() {
        return committee.agencyByName("內政部移民署").orElseThrow().id();
    }

    private Long itUnit() {
        return committee.unitByName(nia(), "移民資訊組").orElseThrow().id();
    }

    private void map(String source, String group, String role, Long unit, String adminScope) throws Exception {
        String body = """
                {"agencyId": %d, "source": "%s", "groupName": "%s", "role": "%s", "unitId": %s, "adminScope": %s}"""
                .formatted(nia(), source, group, role, unit, adminScope == null ? "null" : "\"" + adminScope + "\"");
        mvc.perform(post("/api/v1/accounts/role-mappings").with(csrf()).with(users.as("demo-secretariat"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
    }

    @BeforeAll
    void mappings() throws Exception {
        map("LDAP", "gender-secretariat", "SECRETARIAT", null, "AGENCY");
        map("LDAP", "gender-liaison-it", "LIAISON", itUnit(), null);
        map("OIDC", "sso-gender-liaison-it", "LIAISON", itUnit(), null);
        OidcProvider.redirectTo(url("/login/oauth2/code/gov"));
    }

    private ResultActions ldapSignIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()));
    }

    @Test
    void ldapSignInCreatesTheAccountWithTheMappedRoleUnitAndAdministration() throws Exception {
        ldapSignIn("lin.liaison", "directory-pass-2").andExpect(redirectedUrl("/"));
        UserAccount liaison = accounts.findByUsername("lin.liaison").orElseThrow();
        assertThat(liaison.getSource()).isEqualTo(AccountSource.LDAP);
        assertThat(liaison.getRole()).isEqualTo(AccountRole.LIAISON);
        assertThat(liaison.getAgencyId()).isEqualTo(nia());
        assertThat(liaison.getUnitId()).isEqualTo(itUnit());
        assertThat(liaison.getDisplayName()).isEqualTo("林志明（移民資訊組）");

        ldapSignIn("chen.secretariat", "directory-pass-1").andExpect(redirectedUrl("/"));
        UserAccount secretariat = accounts.findByUsername("chen.secretariat").orElseThrow();
        assertThat(secretariat.getRole()).isEqualTo(AccountRole.SECRETARIAT);
        assertThat(secretariat.getAdminScope()).isEqualTo(AdminScope.AGENCY);
        assertThat(audit.events(null, "chen.secretariat", 5)).anySatisfy(e -> {
            assertThat(e.method()).isEqualTo(SignInAudit.Method.LDAP);
            assertThat(e.outcome()).isEqualTo(SignInAudit.Outcome.SUCCESS);
        });

        ldapSignIn("lin.liaison", "wrong-password").andExpect(redirectedUrl("/login?error=failed"));
        // a directory account never signs in with a password kept here
        assertThat(liaison.getPasswordHash()).doesNotContain("directory-pass");
    }

    @Test
    void aDisabledDirectoryAccountIsRefusedAndTheDailyCheckDisablesIt() throws Exception {
        ldapSignIn("wang.left", "directory-pass-3").andExpect(redirectedUrl("/login?error=disabled"));
        assertThat(accounts.findByUsername("wang.left")).isEmpty();

        ldapSignIn("hsu.moving", "directory-pass-4").andExpect(redirectedUrl("/"));
        DirectoryServer.disable("hsu.moving");
        ldapSignIn("hsu.moving", "directory-pass-4").andExpect(redirectedUrl("/login?error=disabled"));
        assertThat(accounts.findByUsername("hsu.moving").orElseThrow().isEnabled()).isTrue();
        int disabled = directoryCheck.check();
        assertThat(disabled).isGreaterThanOrEqualTo(1);
        assertThat(accounts.findByUsername("hsu.moving").orElseThrow().isEnabled()).isFalse();
        assertThat(audit.events(null, "hsu.moving", 10)).extracting(SignInAudit.Event::outcome)
                .contains(SignInAudit.Outcome.DISABLED, SignInAudit.Outcome.SUCCESS);
    }

    @Test
    void aDirectoryPersonWithoutAMappedGroupIsRefused() throws Exception {
        ldapSignIn("tsai.nogroup", "directory-pass-5").andExpect(redirectedUrl("/login?error=norole"));
        assertThat(accounts.findByUsername("tsai.nogroup")).isEmpty();
    }

    @Test
    void oidcSignInThroughTheProvidersLoginPageInABrowser() {
        open("/login");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("以 機關單一登入 登入"))
                .click();
        page.waitForURL(u -> u.startsWith(OidcProvider.issuer()));
        page.locator("#username").fill("huang.oidc");
        page.locator("#password").fill("provider-pass");
        page.locator("button[type=submit]").click();
        page.waitForURL(url("/"));
        assertThat(page.content()).contains("huang.oidc (SSO)");
        UserAccount a = accounts.findByUsername("huang.oidc").orElseThrow();
        assertThat(a.getSource()).isEqualTo(AccountSource.OIDC);
        assertThat(a.getRole()).isEqualTo(AccountRole.LIAISON);
        assertThat(a.getUnitId()).isEqualTo(itUnit());
        assertThat(audit.events(null, "huang.oidc", 5)).anySatisfy(e ->
                assertThat(e.method()).isEqualTo(SignInAudit.Method.OIDC));
    }

    @Test
    void oidcPersonWithoutAMappedGroupIsRefused() {
        open("/oauth2/authorization/gov");
        page.locator("#username").fill("ko.oidc");
        page.locator("#password").fill("provider-pass");
        page.locator("button[type=submit]").click();
        page.waitForURL(url("/login?error=norole"));
        assertThat(page.content()).contains("沒有對應到本系統的角色");
        assertThat(accounts.findByUsername("ko.oidc")).isEmpty();
    }
}
