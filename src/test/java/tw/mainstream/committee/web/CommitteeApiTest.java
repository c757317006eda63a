package tw.mainstream.committee.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tw.mainstream.committee.domain.AgencyRepository;
import tw.mainstream.committee.domain.Membership;
import tw.mainstream.committee.domain.MembershipRepository;
import tw.mainstream.committee.domain.TaskForce;
import tw.mainstream.committee.domain.TaskForceRepository;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

class CommitteeApiTest extends IntegrationTest {
    static final String CHARTER = """
            {"minMembers":3,"maxMembers":4,"genderRuleNumerator":1,"genderRuleDenominator":3,
             "genderRuleException":false,"minExternal":0,"minGecCredentialed":0,"gecCredentialYears":2,
             "termYears":2,"maxReappointments":2,"vacancyMinMonths":3,"meetingIntervalMonths":6,
             "quorumRule":"MAJORITY","chairBreaksTies":true,"internalProxiesAllowed":true}""";

    @Autowired
    TestUsers users;
    @Autowired
    TaskForceRepository taskForces;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    MembershipRepository memberships;

    Long agency(String name) {
        return agencies.findByName(name).orElseThrow().getId();
    }

    TaskForce nia() {
        return taskForces.findByAgencyId(agency("內政部移民署")).get(0);
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    /** A small task force of its own, so tests that change members do not disturb the demo data. */
    Long newTaskForce() throws Exception {
        String body = "{\"agencyId\":" + agency("內政部移民署") + ",\"name\":\"測試小組 " + UUID.randomUUID()
                + "\",\"charter\":" + CHARTER + "}";
        String response = mvc.perform(json(post("/api/v1/task-forces"), body).with(users.as("demo-secretariat")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.valueOf(response.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
    }

    String member(String name, String sex, String role, String from) {
        return "{\"name\":\"" + name + "\",\"sex\":\"" + sex + "\",\"role\":\"" + role
                + "\",\"internal\":false,\"appointedOn\":\"" + from + "\"}";
    }

    @Test
    void listsAndReadsWithinScope() throws Exception {
        mvc.perform(get("/api/v1/agencies").with(users.as("demo-taipei"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("臺北市政府資訊局")))
                .andExpect(jsonPath("$[*].name", not(hasItem("內政部移民署"))));
        mvc.perform(get("/api/v1/task-forces/" + nia().getId()).with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.charter.quorumRule").value("MAJORITY"));
        mvc.perform(get("/api/v1/task-forces/" + nia().getId() + "/members").with(users.as("demo-member")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("林興春"));
        mvc.perform(get("/api/v1/agencies/" + agency("內政部移民署") + "/units").with(users.as("demo-liaison")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].name", hasItem("移民資訊組")));
        mvc.perform(get("/api/v1/committees").with(users.as("demo-taipei")))
                .andExpect(jsonPath("$[0].meetsOneThird").value(false));
    }

    @Test
    void complianceAcceptsIsoAndRocDatesAndRefusesImpossibleOnes() throws Exception {
        String url = "/api/v1/task-forces/" + nia().getId() + "/compliance";
        mvc.perform(get(url).param("date", "111/7/25").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date").value("2022-07-25"))
                .andExpect(jsonPath("$.passed").value(false))
                .andExpect(jsonPath("$.findings[?(@.rule=='GENDER')].message")
                        .value(hasItem("女性委員 4 人，少於三分之一（14 人需至少 5 人）")));
        mvc.perform(get(url).param("date", "2022-07-25").with(users.as("demo-secretariat")))
                .andExpect(status().isOk());
        mvc.perform(get(url).param("date", "111/2/30").with(users.as("demo-secretariat")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail", containsString("111/7/25")));
    }

    @Test
    void taipeiCannotReadOrChangeNiaRecords() throws Exception {
        TaskForce nia = nia();
        Membership m = memberships.findByTaskForceIdOrderByAppointedOnAscIdAsc(nia.getId()).get(0);
        String base = "/api/v1/task-forces/" + nia.getId();
        mvc.perform(get(base).with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/members").with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/compliance").with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(json(post(base + "/members"), member("入侵者", "MALE", "MEMBER", "2025-01-01"))
                .with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(delete(base + "/memberships/" + m.getId()).with(csrf()).param("version", "0").with(users.as("demo-taipei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/agencies/" + agency("內政部移民署") + "/units").with(users.as("demo-taipei")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/history/membership/" + m.getId()).with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        assertThat(memberships.findById(m.getId()).orElseThrow().getEndedOn()).isNull();
    }

    @Test
    void memberRoleCannotChangeAndAnonymousGets401() throws Exception {
        mvc.perform(json(post("/api/v1/task-forces/" + nia().getId() + "/members"),
                member("某委員", "FEMALE", "MEMBER", "2025-01-01")).with(users.as("demo-member")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/task-forces")).andExpect(status().isUnauthorized());
    }

    @Test
    void badInputGetsClearFourHundredsAndSavesNothing() throws Exception {
        Long tf = newTaskForce();
        String members = "/api/v1/task-forces/" + tf + "/members";
        mvc.perform(json(post(members), "{\"name\": ").with(users.as("demo-secretariat")))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(members), member("日期錯", "FEMALE", "MEMBER", "2022-02-30"))
                .with(users.as("demo-secretariat"))).andExpect(status().isBadRequest());
        mvc.perform(json(post(members), "{\"sex\":\"FEMALE\",\"role\":\"MEMBER\",\"appointedOn\":\"2025-01-01\"}")
                .with(users.as("demo-secretariat"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(json(post(members), "{\"name\":\"倒轉\",\"sex\":\"MALE\",\"role\":\"MEMBER\","
                        + "\"appointedOn\":\"2025-01-01\",\"termEndsOn\":\"2024-01-01\"}")
                .with(users.as("demo-secretariat"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("termEndsOn"));
        mvc.perform(get("/api/v1/task-forces/999999").with(users.as("demo-secretariat"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/task-forces/abc").with(users.as("demo-secretariat"))).andExpect(status().isBadRequest());
        mvc.perform(get(members).with(users.as("demo-secretariat"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void rosterRulesRefuseDuplicatesSecondConvenerAndTooManyMembers() throws Exception {
        Long tf = newTaskForce();
        String members = "/api/v1/task-forces/" + tf + "/members";
        String first = mvc.perform(json(post(members), member("召集人甲", "FEMALE", "CONVENER", "2025-01-01"))
                .with(users.as("demo-secretariat"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        Long personId = Long.valueOf(first.replaceAll("^.*\"personId\":(\\d+),.*$", "$1"));
        mvc.perform(json(post(members), "{\"personId\":" + personId + ",\"name\":\"召集人甲\",\"sex\":\"FEMALE\","
                        + "\"role\":\"MEMBER\",\"appointedOn\":\"2025-06-01\"}").with(users.as("demo-secretariat")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("committee.membership.error.duplicate"));
        mvc.perform(json(post(members), member("召集人乙", "MALE", "CONVENER", "2025-02-01"))
                .with(users.as("demo-secretariat"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("同一期間已有召集人。"));
        for (String name : new String[] {"委員一", "委員二", "委員三"}) {
            mvc.perform(json(post(members), member(name, "MALE", "MEMBER", "2025-01-01"))
                    .with(users.as("demo-secretariat"))).andExpect(status().isCreated());
        }
        mvc.perform(json(post(members), member("委員五", "FEMALE", "MEMBER", "2025-03-01"))
                .with(users.as("demo-secretariat"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("委員人數將超過設置要點上限 4 人。"));
        mvc.perform(get(members).with(users.as("demo-secretariat"))).andExpect(jsonPath("$.length()").value(4));
    }

    @Test
    void staleVersionIsAConflictAndEndingKeepsHistory() throws Exception {
        Long tf = newTaskForce();
        String created = mvc.perform(json(post("/api/v1/task-forces/" + tf + "/members"),
                member("周O華", "FEMALE", "MEMBER", "2025-01-01")).with(users.as("demo-secretariat")))
                .andReturn().getResponse().getContentAsString();
        Long mid = Long.valueOf(created.replaceAll("^\\{\"membershipId\":(\\d+),.*$", "$1"));
        String url = "/api/v1/task-forces/" + tf + "/memberships/" + mid;
        String edit = "{\"name\":\"周O華\",\"sex\":\"FEMALE\",\"title\":\"教授\",\"role\":\"MEMBER\","
                + "\"appointedOn\":\"2025-01-01\",\"version\":%d}";
        mvc.perform(json(put(url), edit.formatted(0)).with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("教授"));
        mvc.perform(json(put(url), edit.formatted(0)).with(users.as("demo-secretariat")))
                .andExpect(status().isConflict());
        mvc.perform(json(put(url), "{\"name\":\"周O華\",\"sex\":\"FEMALE\",\"role\":\"MEMBER\",\"appointedOn\":\"2025-01-01\"}")
                .with(users.as("demo-secretariat"))).andExpect(status().isBadRequest());
        long version = memberships.findById(mid).orElseThrow().getVersion();
        mvc.perform(delete(url).with(csrf()).param("version", String.valueOf(version)).param("endedOn", "114/6/30")
                .param("reason", "辭職").with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.endedOn").value("2025-06-30"));
        mvc.perform(get("/api/v1/task-forces/" + tf + "/membership-changes").with(users.as("demo-secretariat")))
                .andExpect(jsonPath("$[0].kind").value("ENDED")).andExpect(jsonPath("$[0].reason").value("辭職"));
        mvc.perform(get("/history/membership/" + mid).with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("曾筠苓")))
                .andExpect(content().string(containsString("114/6/30")))
                .andExpect(content().string(containsString("辭職")));
        Long personId = memberships.findById(mid).orElseThrow().getPersonId();
        mvc.perform(get("/history/person/" + personId).with(users.as("demo-secretariat"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("曾筠苓")))
                .andExpect(content().string(containsString("教授")));
    }

    @Test
    void charterValidationAndStaleCharterEdit() throws Exception {
        Long tf = newTaskForce();
        String bad = "{\"name\":\"x\",\"version\":0,\"charter\":" + CHARTER.replace("\"maxMembers\":4", "\"maxMembers\":2") + "}";
        mvc.perform(json(put("/api/v1/task-forces/" + tf), bad).with(users.as("demo-secretariat")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("maxMembers"));
        String noReason = "{\"name\":\"x\",\"version\":0,\"charter\":"
                + CHARTER.replace("\"genderRuleException\":false", "\"genderRuleException\":true") + "}";
        mvc.perform(json(put("/api/v1/task-forces/" + tf), noReason).with(users.as("demo-secretariat")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("genderRuleExceptionReason"));
        String ok = "{\"name\":\"改名小組\",\"version\":0,\"charter\":" + CHARTER + "}";
        mvc.perform(json(put("/api/v1/task-forces/" + tf), ok).with(users.as("demo-secretariat")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/task-forces/" + tf), ok).with(users.as("demo-secretariat")))
                .andExpect(status().isConflict());
        mvc.perform(get("/history/task-force/" + tf).with(users.as("demo-secretariat")))
                .andExpect(content().string(containsString("改名小組")));
    }

    @Test
    void registerCreatedByTaipeiIsCheckedAgainstOneThird() throws Exception {
        String body = "{\"agencyId\":" + agency("臺北市政府資訊局") + ",\"name\":\"測試委員會 " + UUID.randomUUID()
                + "\",\"women\":3,\"men\":6,\"other\":0}";
        mvc.perform(json(post("/api/v1/committees"), body).with(users.as("demo-taipei")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.meetsOneThird").value(true))
                .andExpect(jsonPath("$.requiredPerSex").value(3));
        String other = body.replace(agency("臺北市政府資訊局").toString(), agency("內政部移民署").toString());
        mvc.perform(json(post("/api/v1/committees"), other).with(users.as("demo-taipei")))
                .andExpect(status().isNotFound());
    }
}
