package tw.mainstream.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.account.domain.UserAccountRepository;
import tw.mainstream.support.IntegrationTest;

class SecurityIntegrationTest extends IntegrationTest {

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    tw.mainstream.support.TestUsers users;

    @Test
    void homePageIsChineseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"zh-Hant-TW\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("跳到主要內容")));
        mvc.perform(get("/").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Skip to main content")));
    }

    @Test
    void anonymousApiCallGets401NotARedirect() throws Exception {
        mvc.perform(get("/api/v1/agencies")).andExpect(status().isUnauthorized());
    }

    @Test
    void anonymousPageRedirectsToLogin() throws Exception {
        // no Accept header, as curl sends it: still the sign-in page, not a Basic challenge
        mvc.perform(get("/task-forces")).andExpect(status().is3xxRedirection());
    }

    @Test
    void demoPasswordSignsIn() throws Exception {
        mvc.perform(post("/login").param("username", "demo-oversight").param("password", "demo").with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void formPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "demo-oversight").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void repeatedWrongPasswordsLockTheAccount() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", "demo-member").param("password", "wrong").with(csrf()))
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(accounts.findByUsername("demo-member").orElseThrow().getLockedUntil()).isNotNull();
        // even the right password is refused while locked
        mvc.perform(post("/login").param("username", "demo-member").param("password", "demo").with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        accounts.findByUsername("demo-member").ifPresent(a -> {
            a.recordSuccess();
            accounts.save(a);
        });
    }

    @Test
    void passwordsAreStoredHashed() {
        assertThat(accounts.findByUsername("demo-admin").orElseThrow().getPasswordHash())
                .startsWith("{bcrypt}").doesNotContain("demo");
    }

    @Test
    void healthIsUpWithoutAMailServer() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void metricsAreForTheAdministratorOnlyAndTimeSearches() throws Exception {
        mvc.perform(get("/actuator/metrics").with(users.as("demo-secretariat"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/search").param("q", "列管").with(users.as("demo-secretariat"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics/mainstream.search.query").with(users.as("demo-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.measurements[0].value").isNumber());
    }

    @Test
    void openApiIsPublished() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
    }
}
