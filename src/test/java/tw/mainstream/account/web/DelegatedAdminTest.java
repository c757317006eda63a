package tw.mainstream.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import jakarta.servlet.http.Cookie;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.mainstream.account.domain.UserAccountRepository;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.security.MainstreamPrincipal;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * demo-secretariat is 移民署's account administrator: it adds a liaison to 移民資訊組, disables
 * another, and can neither see nor change 臺北市政府資訊局's accounts.
 */
class DelegatedAdminTest extends IntegrationTest {
    @Autowired
    TestUsers users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    CommitteeApi committee;
    @Autowired
    org.springframework.session.SessionRepository<? extends org.springframework.session.Session> sessions;

    private Long agency(String name) {
        return committee.agencyByName(name).orElseThrow().id();
    }

    private Long itUnit() {
        return committee.unitByName(agency("內政部移民署"), "移民資訊組").orElseThrow().id();
    }

    private ResultActions send(String who, MockHttpServletRequestBuilder r, String body) throws Exception {
        return mvc.perform(r.with(csrf()).with(users.as(who)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long createLiaison(String who, String username) throws Exception {
        String body = send(who, post("/api/v1/accounts"), """
                {"username": "%s", "password": "liaison-password", "displayName": "資訊組聯絡人",
                 "role": "LIAISON", "agencyId": %d, "unitId": %d}""".formatted(username, agency("內政部移民署"), itUnit()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).get("id").asLong();
    }

    @Test
    void agencyAdministratorAddsALiaisonAndDisablesAnother() throws Exception {
        long added = createLiaison("demo-secretariat", "deleg-new-liaison");
        assertThat(accounts.findById(added).orElseThrow().getUnitId()).isEqualTo(itUnit());
        mvc.perform(get("/api/v1/task-forces").with(httpBasic("deleg-new-liaison", "liaison-password")))
                .andExpect(status().isOk());

        long other = createLiaison("demo-admin", "deleg-leaving-liaison");
        mvc.perform(post("/api/v1/accounts/" + other + "/disable").with(csrf()).with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/task-forces").with(httpBasic("deleg-leaving-liaison", "liaison-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anExpiredLocalAccountCannotSignIn() throws Exception {
        String body = """
                {"username": "%s", "password": "temp-password-1", "role": "MEMBER", "agencyId": %d,
                 "expiresOn": "%s"}""";
        send("demo-secretariat", post("/api/v1/accounts"), body.formatted("deleg-expired", agency("內政部移民署"),
                java.time.LocalDate.now().minusDays(2))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.expiresOn").exists());
        send("demo-secretariat", post("/api/v1/accounts"), body.formatted("deleg-valid", agency("內政部移民署"),
                java.time.LocalDate.now().plusDays(30))).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/task-forces").with(httpBasic("deleg-expired", "temp-password-1")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/task-forces").with(httpBasic("deleg-valid", "temp-password-1")))
                .andExpect(status().isOk());
        mvc.perform(post("/login").param("username", "deleg-expired").param("password", "temp-password-1")
                .with(csrf())).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void agencyAdministratorNeitherSeesNorChangesAnotherAgencysAccounts() throws Exception {
        Long taipeiAccount = accounts.findByUsername("demo-taipei").orElseThrow().getId();
        mvc.perform(get("/api/v1/accounts").with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("demo-liaison")))
                .andExpect(content().string(not(containsString("demo-taipei"))))
                .andExpect(content().string(not(containsString("demo-admin"))));
        mvc.perform(get("/accounts").with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("demo-liaison")))
                .andExpect(content().string(not(containsString("demo-taipei"))));
        mvc.perform(get("/api/v1/accounts/" + taipeiAccount).with(users.as("demo-secretariat")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/accounts/" + taipeiAccount + "/edit").with(users.as("demo-secretariat")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/accounts/" + taipeiAccount + "/disable").with(csrf())
                .with(users.as("demo-secretariat"))).andExpect(status().isNotFound());
        send("demo-secretariat", put("/api/v1/accounts/" + taipeiAccount), """
                {"version": 0, "role": "SECRETARIAT", "enabled": false}""").andExpect(status().isNotFound());
        send("demo-secretariat", post("/api/v1/accounts"), """
                {"username": "deleg-taipei", "password": "a-long-password", "role": "SECRETARIAT", "agencyId": %d}"""
                .formatted(agency("臺北市政府資訊局")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("您不能管理這個機關的帳號。"));
        send("demo-secretariat", post("/api/v1/accounts"), """
                {"username": "deleg-admin", "password": "a-long-password", "role": "ADMIN"}""")
                .andExpect(status().isForbidden());
        send("demo-secretariat", post("/api/v1/accounts"), """
                {"username": "deleg-wide", "password": "a-long-password", "role": "OVERSIGHT", "agencyId": %d,
                 "adminScope": "AGENCY_TREE"}""".formatted(agency("內政部移民署")))
                .andExpect(status().isBadRequest());
        assertThat(accounts.findByUsername("demo-taipei").orElseThrow().isEnabled()).isTrue();
        assertThat(accounts.findByUsername("deleg-taipei")).isEmpty();
        assertThat(accounts.findByUsername("deleg-admin")).isEmpty();
        assertThat(accounts.findByUsername("deleg-wide")).isEmpty();
    }

    @Test
    void accountsWithoutAdministrationGetNothing() throws Exception {
        for (String who : new String[] {"demo-taipei", "demo-liaison", "demo-member", "demo-oversight"}) {
            mvc.perform(get("/api/v1/accounts").with(users.as(who))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/accounts/sign-ins").with(users.as(who))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/accounts/role-mappings").with(users.as(who))).andExpect(status().isForbidden());
        }
    }

    @Test
    void accountHistoryIsForAdministratorsOnly() throws Exception {
        Long id = accounts.findByUsername("demo-liaison").orElseThrow().getId();
        for (String who : new String[] {"demo-member", "demo-liaison", "demo-oversight", "demo-secretariat"}) {
            mvc.perform(get("/api/v1/history/account/" + id).with(users.as(who))).andExpect(status().isNotFound());
            mvc.perform(get("/history/account/" + id).with(users.as(who))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/history/account/" + id).with(users.as("demo-admin"))).andExpect(status().isOk());
    }

    @Test
    void signInAuditShowsOnlyTheAgencysEventsAndExportsCsv() throws Exception {
        mvc.perform(post("/login").param("username", "demo-taipei").param("password", "demo").with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login").param("username", "demo-liaison").param("password", "demo").with(csrf()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/api/v1/accounts/sign-ins").with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("demo-liaison")))
                .andExpect(content().string(not(containsString("demo-taipei"))));
        mvc.perform(get("/api/v1/accounts/sign-ins").with(users.as("demo-admin")))
                .andExpect(jsonPath("$[*].username", hasItem("demo-taipei")));
        byte[] csv = mvc.perform(get("/accounts/sign-ins.csv").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFtime,roc_date,username").contains("demo-liaison,")
                .doesNotContain("demo-taipei");
        mvc.perform(get("/accounts/sign-ins").with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("demo-liaison")));
    }

    @Test
    void aDisabledAccountsSessionEndsAndAUnitChangeMovesTheLiaisonsScope() throws Exception {
        long id = createLiaison("demo-secretariat", "deleg-session-liaison");
        // the session as the browser holds it: a cookie of the session stored in the database
        Cookie[] session = mvc.perform(post("/login").param("username", "deleg-session-liaison")
                        .param("password", "liaison-password").with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookies();
        assertThat(session).isNotEmpty();
        mvc.perform(get("/api/v1/task-forces").cookie(session)).andExpect(status().isOk());

        Long otherUnit = committee.units(agency("內政部移民署")).stream().map(u -> u.id())
                .filter(u -> !u.equals(itUnit())).findFirst().orElseThrow();
        long version = accounts.findById(id).orElseThrow().getVersion();
        send("demo-secretariat", put("/api/v1/accounts/" + id), """
                {"version": %d, "role": "LIAISON", "unitId": %d, "enabled": true}""".formatted(version, otherUnit))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/task-forces").cookie(session)).andExpect(status().isOk());
        assertThat(storedUnit(session)).isEqualTo(otherUnit);

        mvc.perform(post("/api/v1/accounts/" + id + "/disable").with(csrf()).with(users.as("demo-secretariat")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/task-forces").cookie(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/task-forces").cookie(session)).andExpect(status().is3xxRedirection());
    }

    /** The liaison's unit in the signed-in principal the session store holds. */
    private Long storedUnit(Cookie[] cookies) {
        for (Cookie c : cookies) {
            String id;
            try {
                id = new String(java.util.Base64.getDecoder().decode(c.getValue()), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                id = c.getValue();
            }
            var stored = sessions.findById(id);
            if (stored != null) {
                SecurityContext context = stored.getAttribute("SPRING_SECURITY_CONTEXT");
                return ((MainstreamPrincipal) context.getAuthentication().getPrincipal()).currentUser().unitId();
            }
        }
        throw new AssertionError("no stored session");
    }
}
