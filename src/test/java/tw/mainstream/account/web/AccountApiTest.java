package tw.mainstream.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.account.domain.UserAccountRepository;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.audit.HistoryService;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

class AccountApiTest extends IntegrationTest {
    @Autowired
    TestUsers users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    CommitteeApi committee;
    @Autowired
    HistoryService history;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    tw.mainstream.account.domain.SignInThrottle throttle;

    private final ObjectMapper json = new ObjectMapper();

    private Long nia() {
        return committee.agencyByName("內政部移民署").orElseThrow().id();
    }

    private ResultActions send(String who, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder r,
                               String body) throws Exception {
        return mvc.perform(r.with(csrf()).with(users.as(who)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode create(String username, String password) throws Exception {
        String body = send("demo-admin", post("/api/v1/accounts"), """
                {"username": "%s", "password": "%s", "displayName": "API 測試", "email": "t@example.org",
                 "role": "SECRETARIAT", "agencyId": %d}""".formatted(username, password, nia()))
                .andExpect(status().isCreated())
                .andExpect(content().string(not(containsString("password"))))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    @Test
    void adminListsAndFiltersWithoutPasswordHashes() throws Exception {
        mvc.perform(get("/api/v1/accounts").with(users.as("demo-admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("demo-taipei")))
                .andExpect(jsonPath("$[0].passwordHash").doesNotExist())
                .andExpect(content().string(not(containsString("password"))))
                .andExpect(content().string(not(containsString("{bcrypt}"))));
        mvc.perform(get("/api/v1/accounts").param("agencyId", nia().toString()).param("role", "LIAISON")
                        .param("enabled", "true").with(users.as("demo-admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem("demo-liaison")))
                .andExpect(jsonPath("$[*].role", everyItem(is("LIAISON"))))
                .andExpect(jsonPath("$[*].agencyId", everyItem(is(nia().intValue()))));
        mvc.perform(get("/api/v1/accounts").param("role", "NOBODY").with(users.as("demo-admin")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void createdAccountSignsInWithItsPassword() throws Exception {
        JsonNode a = create("api-new-sec", "a-long-password");
        assertThat(a.get("username").asText()).isEqualTo("api-new-sec");
        assertThat(a.has("passwordHash")).isFalse();
        mvc.perform(get("/api/v1/accounts/" + a.get("id").asLong()).with(users.as("demo-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.email").value("t@example.org"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        // A real sign-in with HTTP Basic, no test principal
        mvc.perform(get("/api/v1/task-forces").with(httpBasic("api-new-sec", "a-long-password")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/task-forces").with(httpBasic("api-new-sec", "wrong-password!")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingSaved() throws Exception {
        create("api-dup", "a-long-password");
        send("demo-admin", post("/api/v1/accounts"), """
                {"username": "api-dup", "password": "another-long-one", "role": "SECRETARIAT", "agencyId": %d}"""
                .formatted(nia()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("帳號「api-dup」已有人使用。"));
        send("demo-admin", post("/api/v1/accounts"), """
                {"username": "api-short", "password": "short", "role": "SECRETARIAT", "agencyId": %d}"""
                .formatted(nia()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("密碼至少需要 10 個字元。"));
        send("demo-admin", post("/api/v1/accounts"), """
                {"username": "api-noagency", "password": "a-long-password", "role": "SECRETARIAT"}""")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("這個角色必須指定機關。"));
        send("demo-admin", post("/api/v1/accounts"), """
                {"username": "%s", "password": "a-long-password", "role": "ADMIN"}""".formatted("x".repeat(101)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("username"));
        assertThat(accounts.findByUsername("api-short")).isEmpty();
        assertThat(accounts.findByUsername("api-noagency")).isEmpty();
    }

    @Test
    void updateIsAuditedAndAStaleVersionConflicts() throws Exception {
        JsonNode a = create("api-upd", "a-long-password");
        long id = a.get("id").asLong();
        long version = a.get("version").asLong();
        String body = """
                {"version": %d, "displayName": "改名", "email": "new@example.org", "role": "SECRETARIAT",
                 "enabled": true}""";
        send("demo-admin", put("/api/v1/accounts/" + id), body.formatted(version)).andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("改名"))
                .andExpect(jsonPath("$.agencyId").value(nia().intValue()))
                .andExpect(jsonPath("$.version").value(version + 1));
        send("demo-admin", put("/api/v1/accounts/" + id), body.replace("改名", "又改").formatted(version))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("已被其他人修改")));
        assertThat(accounts.findById(id).orElseThrow().getDisplayName()).isEqualTo("改名");
        assertThat(history.history("account", id, users.current("demo-admin")))
                .anySatisfy(c -> assertThat(c.username()).isEqualTo("demo-admin"))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void disableEnableResetPasswordAndUnlock() throws Exception {
        long id = create("api-ops", "a-long-password").get("id").asLong();
        mvc.perform(post("/api/v1/accounts/" + id + "/disable").with(csrf()).with(users.as("demo-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/task-forces").with(httpBasic("api-ops", "a-long-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/accounts/" + id + "/enable").with(csrf()).with(users.as("demo-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(true));

        send("demo-admin", post("/api/v1/accounts/" + id + "/password"), "{\"password\": \"tiny\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value("密碼至少需要 10 個字元。"));
        send("demo-admin", post("/api/v1/accounts/" + id + "/password"), "{\"password\": \"a-brand-new-secret\"}")
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/task-forces").with(httpBasic("api-ops", "a-long-password")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/task-forces").with(httpBasic("api-ops", "a-brand-new-secret")))
                .andExpect(status().isOk());

        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("api-ops", "127.0.0.1");
        }
        mvc.perform(get("/api/v1/accounts/throttled").with(users.as("demo-admin")))
                .andExpect(jsonPath("$[?(@.username == 'api-ops')].address", hasItem("127.0.0.1")));
        mvc.perform(get("/api/v1/task-forces").with(httpBasic("api-ops", "a-brand-new-secret")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/accounts/" + id + "/unlock").with(csrf()).with(users.as("demo-admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/task-forces").with(httpBasic("api-ops", "a-brand-new-secret")))
                .andExpect(status().isOk());

        Long adminId = accounts.findByUsername("demo-admin").orElseThrow().getId();
        mvc.perform(post("/api/v1/accounts/" + adminId + "/disable").with(csrf()).with(users.as("demo-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("不可停用自己的帳號或移除自己的管理者角色。"));
    }

    /**
     * The service lets only administrators manage accounts (the pages too): secretariats without account
     * administration get 403; demo-secretariat, 移民署's account administrator, is tested in DelegatedAdminTest.
     */
    @Test
    void onlyAdministratorsMayManageAccounts() throws Exception {
        UserAccount niaSec = accounts.findByUsername("demo-secretariat").orElseThrow();
        for (String who : new String[] {"demo-liaison", "demo-taipei", "demo-oversight"}) {
            mvc.perform(get("/api/v1/accounts").with(users.as(who))).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("您沒有權限執行這項操作。"));
            mvc.perform(get("/api/v1/accounts/" + niaSec.getId()).with(users.as(who)))
                    .andExpect(status().isForbidden());
        }
        send("demo-taipei", put("/api/v1/accounts/" + niaSec.getId()), """
                {"version": %d, "displayName": "搶來的", "role": "SECRETARIAT", "enabled": false}"""
                .formatted(niaSec.getVersion())).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/accounts/" + niaSec.getId() + "/disable").with(csrf()).with(users.as("demo-liaison")))
                .andExpect(status().isForbidden());
        send("demo-taipei", post("/api/v1/accounts"), """
                {"username": "api-by-sec", "password": "a-long-password", "role": "LIAISON", "agencyId": %d}"""
                .formatted(nia())).andExpect(status().isForbidden());
        UserAccount after = accounts.findByUsername("demo-secretariat").orElseThrow();
        assertThat(after.getVersion()).isEqualTo(niaSec.getVersion());
        assertThat(after.isEnabled()).isTrue();
        assertThat(accounts.findByUsername("api-by-sec")).isEmpty();
        assertThat(after.getRole()).isEqualTo(AccountRole.SECRETARIAT);
    }

    @Test
    void unknownAccountIs404AndTheApiIsDocumented() throws Exception {
        mvc.perform(get("/api/v1/accounts/987654321").with(users.as("demo-admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/accounts/{id}/unlock")))
                .andExpect(content().string(not(containsString("passwordHash"))));
    }
}
