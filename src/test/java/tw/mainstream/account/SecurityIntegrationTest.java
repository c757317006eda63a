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
import tw.mainstream.account.domain.SignInAudit;
import tw.mainstream.account.domain.SignInThrottle;
import tw.mainstream.account.domain.UserAccountRepository;
import tw.mainstream.support.IntegrationTest;

class SecurityIntegrationTest extends IntegrationTest {

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    tw.mainstream.support.TestUsers users;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    SignInAudit audit;

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
    void repeatedWrongPasswordsMakeThatAddressWaitButNotTheAccountsOwner() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", "demo-member").param("password", "wrong").with(csrf())
                    .with(from("203.0.113.9"))).andExpect(redirectedUrl("/login?error=failed"));
        }
        assertThat(throttle.blockedUntil("demo-member", "203.0.113.9")).isPresent();
        // even the right password is refused from that address while it waits
        mvc.perform(post("/login").param("username", "demo-member").param("password", "demo").with(csrf())
                .with(from("203.0.113.9"))).andExpect(redirectedUrl("/login?error=throttled"));
        // the person at another address signs in: an attacker cannot lock them out
        mvc.perform(post("/login").param("username", "demo-member").param("password", "demo").with(csrf())
                .with(from("198.51.100.7"))).andExpect(redirectedUrl("/"));
        assertThat(audit.events(null, "demo-member", 20)).extracting(SignInAudit.Event::outcome)
                .contains(SignInAudit.Outcome.THROTTLED, SignInAudit.Outcome.FAILURE, SignInAudit.Outcome.SUCCESS);
        assertThat(audit.events(null, "demo-member", 20)).extracting(SignInAudit.Event::address)
                .contains("203.0.113.9", "198.51.100.7");
        throttle.clear("demo-member");
    }

    @Test
    void theThrottlePageShowsAndClearsWaitingAddresses() throws Exception {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("demo-liaison", "192.0.2.44");
        }
        Long id = accounts.findByUsername("demo-liaison").orElseThrow().getId();
        mvc.perform(get("/accounts/sign-ins").with(users.as("demo-admin"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("192.0.2.44")));
        mvc.perform(post("/accounts/" + id + "/unlock").with(csrf()).with(users.as("demo-admin")))
                .andExpect(redirectedUrl("/accounts/sign-ins"));
        assertThat(throttle.blockedUntil("demo-liaison", "192.0.2.44")).isEmpty();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
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
