package tw.mainstream.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.account.domain.UserAccount;
import tw.mainstream.account.domain.UserAccountRepository;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

class AccountAdminTest extends IntegrationTest {
    @Autowired
    TestUsers users;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    CommitteeApi committee;

    @Test
    void adminListsCreatesEditsAndDisables() throws Exception {
        mvc.perform(get("/accounts").with(users.as("demo-admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("demo-taipei")));
        Long nia = committee.agencyByName("內政部移民署").orElseThrow().id();
        mvc.perform(post("/accounts/new").with(csrf()).with(users.as("demo-admin")).param("username", "test-liaison")
                        .param("password", "short").param("role", "LIAISON").param("agencyId", nia.toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("至少需要 10 個字元")));
        Long unit = committee.unitByName(nia, "秘書室").orElseThrow().id();
        mvc.perform(post("/accounts/new").with(csrf()).with(users.as("demo-admin")).param("username", "test-liaison")
                        .param("password", "a-long-password").param("role", "LIAISON")
                        .param("agencyId", nia.toString()).param("unitId", unit.toString()).param("enabled", "true"))
                .andExpect(redirectedUrl("/accounts"));
        UserAccount created = accounts.findByUsername("test-liaison").orElseThrow();
        assertThat(created.getUnitId()).isEqualTo(unit);
        mvc.perform(post("/accounts/" + created.getId() + "/edit").with(csrf()).with(users.as("demo-admin"))
                        .param("version", String.valueOf(created.getVersion())).param("role", "SECRETARIAT")
                        .param("agencyId", nia.toString()).param("displayName", "停用測試").param("_enabled", "on"))
                .andExpect(redirectedUrl("/accounts"));
        UserAccount edited = accounts.findByUsername("test-liaison").orElseThrow();
        assertThat(edited.isEnabled()).isFalse();
        assertThat(edited.getRole()).isEqualTo(AccountRole.SECRETARIAT);
        assertThat(edited.getUnitId()).isNull();
        mvc.perform(post("/accounts/" + created.getId() + "/edit").with(csrf()).with(users.as("demo-admin"))
                        .param("version", String.valueOf(created.getVersion())).param("role", "SECRETARIAT")
                        .param("agencyId", nia.toString()))
                .andExpect(status().isConflict());
    }

    @Test
    void onlyAdministratorsMayManageAccounts() throws Exception {
        // demo-taipei is a secretariat without account administration
        mvc.perform(get("/accounts").with(users.as("demo-taipei"))).andExpect(status().isForbidden());
        mvc.perform(post("/accounts/new").with(csrf()).with(users.as("demo-taipei")).param("username", "x")
                .param("password", "a-long-password").param("role", "ADMIN")).andExpect(status().isForbidden());
        assertThat(accounts.findByUsername("x")).isEmpty();
    }
}
