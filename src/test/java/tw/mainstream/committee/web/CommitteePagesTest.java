package tw.mainstream.committee.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.committee.domain.TaskForce;
import tw.mainstream.committee.domain.TaskForceRepository;
import tw.mainstream.committee.domain.AgencyRepository;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

class CommitteePagesTest extends IntegrationTest {
    @Autowired
    TestUsers users;
    @Autowired
    TaskForceRepository taskForces;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    TaskForce nia() {
        return taskForces.findByAgencyId(agencies.findByName("內政部移民署").orElseThrow().getId()).get(0);
    }

    TaskForce taipei() {
        return taskForces.findByAgencyId(agencies.findByName("臺北市政府資訊局").orElseThrow().getId()).get(0);
    }

    @Test
    void taskForcePageShowsCharterMembersAndTheFailingGenderRule() throws Exception {
        mvc.perform(get("/task-forces/" + nia().getId()).with(users.as("demo-secretariat")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("內政部移民署性別平等工作小組")))
                .andExpect(content().string(containsString("林興春")))
                .andExpect(content().string(containsString("女性委員 4 人，少於三分之一（14 人需至少 5 人）")))
                .andExpect(content().string(containsString("/history/task-force/" + nia().getId())));
    }

    @Test
    void taipeiRosterKeepsTheMaskedNamesAndFailsOnlyTheMeetingInterval() throws Exception {
        // its last meeting (105/9/21, from the meeting module) is years ago: the only failing rule
        String page = mvc.perform(get("/task-forces/" + taipei().getId()).with(users.as("demo-taipei")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("吳O光")))
                .andExpect(content().string(containsString("陳O敏")))
                .andExpect(content().string(containsString("data-rule=\"MEETING_INTERVAL\" data-level=\"FAIL\"")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page.split("data-level=\"FAIL\"", -1)).hasSize(2);
    }

    @Test
    void everyMainPageRendersForTheSecretariat() throws Exception {
        for (String path : new String[] {"/agencies", "/task-forces", "/committees",
                "/task-forces/" + nia().getId() + "/changes", "/task-forces/" + nia().getId() + "/edit",
                "/task-forces/" + nia().getId() + "/members/new", "/"}) {
            mvc.perform(get(path).with(users.as("demo-secretariat"))).andExpect(status().isOk());
        }
        mvc.perform(get("/").with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString("女性委員 4 人")));
    }

    @Test
    void complianceFragmentForHtmxAndBadDateMessage() throws Exception {
        mvc.perform(get("/task-forces/" + nia().getId() + "/compliance").param("date", "111/7/25")
                        .header("HX-Request", "true").with(users.as("demo-secretariat")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("111 年 7 月 25 日（星期一）")));
        mvc.perform(get("/task-forces/" + nia().getId()).param("date", "111/2/30").with(users.as("demo-secretariat")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("請輸入正確的日期")));
    }

    @Test
    void impossibleDateInTheMemberFormIsShownBesideTheField() throws Exception {
        mvc.perform(post("/task-forces/" + nia().getId() + "/members/new").with(csrf())
                        .with(users.as("demo-secretariat"))
                        .param("name", "測試委員").param("sex", "FEMALE").param("role", "MEMBER")
                        .param("appointedOn", "111/2/30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("appointedOn-error")))
                .andExpect(content().string(containsString("無法辨識日期「111/2/30」")));
    }

    @Test
    void taipeiCannotOpenNiaPages() throws Exception {
        Long id = nia().getId();
        mvc.perform(get("/task-forces/" + id).with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(get("/task-forces/" + id + "/edit").with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(post("/task-forces/" + id + "/members/new").with(csrf()).with(users.as("demo-taipei"))
                .param("name", "入侵者").param("sex", "MALE").param("role", "MEMBER").param("appointedOn", "115/1/1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/task-forces").with(users.as("demo-taipei")))
                .andExpect(content().string(not(containsString("移民署性別平等工作小組"))));
    }

    @Test
    void memberSeesButCannotEdit() throws Exception {
        mvc.perform(get("/task-forces/" + nia().getId()).with(users.as("demo-member"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/members/new"))));
        mvc.perform(get("/task-forces/" + nia().getId() + "/edit").with(users.as("demo-member")))
                .andExpect(status().isForbidden());
    }

    @Test
    void englishPageUsesEnglishLabels() throws Exception {
        mvc.perform(get("/task-forces/" + nia().getId()).param("lang", "en").with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString("Women: 4, below 1/3 (14 members need at least 5)")));
    }

    @Test
    void oversightSeesTheSubAgencyRegisterButCannotAdd() throws Exception {
        mvc.perform(get("/committees").with(users.as("demo-oversight"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("內政部移民署外國人收容事務諮詢小組")))
                .andExpect(content().string(not(containsString("臺北市智慧城市委員會"))));
        mvc.perform(get("/committees").with(users.as("demo-taipei")))
                .andExpect(content().string(containsString("臺北市智慧城市委員會")))
                .andExpect(content().string(containsString("不符合（各性別需至少 7 人）")));
    }

    @Test
    void pagesWithTwoFormsGiveEveryFieldItsOwnId() throws Exception {
        Long nia = agencies.findByName("內政部移民署").orElseThrow().getId();
        Long membership = jdbc.queryForObject("select min(id) from committee_membership where task_force_id = ?",
                Long.class, nia().getId());
        for (String page : new String[] {"/agencies/" + nia, "/task-forces/" + nia().getId() + "/memberships/" + membership + "/edit"}) {
            String html = mvc.perform(get(page).with(users.as("demo-admin"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            java.util.List<String> ids = java.util.regex.Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html).results()
                    .map(m -> m.group(1)).toList();
            org.assertj.core.api.Assertions.assertThat(ids).as("ids on " + page).doesNotHaveDuplicates();
        }
    }

    @Test
    void historyNamesFieldsByTheirFormLabelsWithRocDates() throws Exception {
        Long membership = jdbc.queryForObject("select min(id) from committee_membership where task_force_id = ?",
                Long.class, nia().getId());
        mvc.perform(get("/history/membership/" + membership).with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("委員聘任 #" + membership)))
                .andExpect(content().string(containsString("<td>聘任日</td>")))
                .andExpect(content().string(containsString("<td>109/1/1</td>")))
                .andExpect(content().string(not(containsString("2020-01-01"))));
        mvc.perform(get("/history/task-force/" + nia().getId()).with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>委員人數下限</td>")))
                .andExpect(content().string(not(containsString("Charter@"))));
    }

    @Test
    void anonymousIsSentToSignIn() throws Exception {
        mvc.perform(get("/agencies")).andExpect(status().is3xxRedirection());
    }

    @Test
    void unitCreatedBySecretariatRedirectsWithFlash() throws Exception {
        Long nia = agencies.findByName("內政部移民署").orElseThrow().getId();
        mvc.perform(post("/agencies/" + nia + "/units").with(csrf()).with(users.as("demo-secretariat"))
                        .param("name", "測試事務大隊").param("sortOrder", "500"))
                .andExpect(redirectedUrl("/agencies/" + nia));
        mvc.perform(post("/agencies/" + nia + "/units").with(csrf()).with(users.as("demo-secretariat"))
                        .param("name", "測試事務大隊").param("sortOrder", "500"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已存在")));
    }
}
