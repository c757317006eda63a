package tw.mainstream.trust;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/** CSRF is skipped only for requests that authenticate with HTTP Basic; every page has the security headers. */
class SecurityHeadersTest extends IntegrationTest {
    @Autowired TestUsers users;

    private MockHttpServletRequestBuilder newCommittee() {
        long agency = users.current("demo-secretariat").agencyId();
        return post("/api/v1/committees").contentType(MediaType.APPLICATION_JSON)
                .content("{\"agencyId\":" + agency + ",\"name\":\"CSRF 測試 " + System.nanoTime()
                        + "\",\"women\":2,\"men\":2}");
    }

    @Test
    void anAuthorizationHeaderOtherThanBasicDoesNotSkipCsrf() throws Exception {
        mvc.perform(newCommittee().with(users.as("demo-secretariat")).header("Authorization", "Bearer junk"))
                .andExpect(status().isForbidden());
        mvc.perform(newCommittee().with(users.as("demo-secretariat")).header("Authorization", "Basic")
                .with(r -> { r.setRequestedSessionId("abc"); return r; })).andExpect(status().isForbidden());
        mvc.perform(newCommittee().with(users.as("demo-secretariat")).with(csrf())).andExpect(status().isCreated());
    }

    @Test
    void basicWithoutSessionNeedsNoTokenButMustBeRight() throws Exception {
        mvc.perform(newCommittee().with(httpBasic("demo-secretariat", "demo"))).andExpect(status().isCreated());
        mvc.perform(newCommittee().with(httpBasic("demo-secretariat", "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(newCommittee().with(httpBasic("demo-secretariat", "wrong"))
                        .with(r -> { r.setRequestedSessionId("abc"); return r; }).with(users.as("demo-secretariat")))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        for (String path : new String[] {"/", "/login", "/public", "/public/catalog.json"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                    .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-eval"))))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string("Permissions-Policy", containsString("camera=()")));
        }
    }
}
