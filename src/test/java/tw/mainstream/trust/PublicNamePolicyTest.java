package tw.mainstream.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tw.mainstream.committee.QuorumRule;
import tw.mainstream.committee.Role;
import tw.mainstream.committee.Sex;
import tw.mainstream.committee.domain.AgencyService;
import tw.mainstream.committee.domain.CharterInput;
import tw.mainstream.committee.domain.MemberInput;
import tw.mainstream.committee.domain.MembershipService;
import tw.mainstream.committee.domain.TaskForceService;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.domain.AttendanceStatus;
import tw.mainstream.meeting.MeetingKind;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.domain.NameCategory;
import tw.mainstream.meeting.SpeakerKind;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.AttendanceService;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.MeetingDraft;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.meeting.domain.MinutesContentService;
import tw.mainstream.meeting.domain.MinutesService;
import tw.mainstream.meeting.domain.RemarkDraft;
import tw.mainstream.search.engine.SearchIndexer;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * One public-name policy per agency for every public output: the member list (page, JSON, CSV),
 * the public minutes (page, JSON, HTML and ODT documents) and the public search show a person the
 * same way. By default members are shown and staff and private persons masked, with their titles
 * kept; when the agency masks members, every output follows. Only the agency's secretariat or an
 * administrator changes the policy, with the version they read.
 */
class PublicNamePolicyTest extends IntegrationTest {

    private static final String MEMBER = "宋青書";
    private static final String CONVENER = "周芷若";
    private static final String STAFF = "蘇怡君";
    private static final String PRIVATE_PERSON = "張無忌";

    @Autowired TestUsers users;
    @Autowired AgencyService agencies;
    @Autowired TaskForceService taskForces;
    @Autowired MembershipService memberships;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agenda;
    @Autowired AttendanceService attendance;
    @Autowired MinutesContentService content;
    @Autowired MinutesService minutes;
    @Autowired SearchIndexer indexer;

    @Test
    void everyPublicOutputShowsAPersonTheSameWayAndFollowsThePolicy() throws Exception {
        CurrentUser admin = users.current("demo-admin");
        Long agency = agencies.create("公開姓名測試局" + System.nanoTime() % 100000, null, null, admin).getId();
        CurrentUser secretariat = new CurrentUser("names-sec", "幕僚", AccountRole.SECRETARIAT, agency, null, null,
                Set.of(agency));
        Long meeting = publishedMeeting(agency, secretariat);
        indexer.awaitIdle();

        // the default: members in full, staff and private persons masked with their titles kept
        String list = body("/public/agencies/" + agency);
        String listJson = body("/public/agencies/" + agency + "/members.json");
        String listCsv = body("/public/agencies/" + agency + "/members.csv");
        String page = body("/public/meetings/" + meeting);
        String json = body("/api/v1/meetings/" + meeting + "/minutes?version=public");
        String html = body("/api/v1/meetings/" + meeting + "/minutes?format=html&version=public");
        String odt = odtText(meeting);
        for (String out : new String[] {list, listJson, listCsv}) {
            assertThat(out).contains(MEMBER, CONVENER).doesNotContain(STAFF, PRIVATE_PERSON);
        }
        for (String out : new String[] {page, json, html, odt}) {
            assertThat(out).contains(MEMBER, "周局長芷若", "蘇O君專員", "張O忌", "宋委員青書")
                    .doesNotContain(STAFF, PRIVATE_PERSON, "怡君", "無忌", "蘇OOO");
        }
        assertThat(body("/api/v1/public/search?q=" + STAFF)).doesNotContain(STAFF);
        assertThat(body("/api/v1/public/search?q=怡君")).doesNotContain("怡君");
        assertThat(body("/api/v1/public/search?q=" + PRIVATE_PERSON)).doesNotContain(PRIVATE_PERSON);
        assertThat(body("/api/v1/public/search?q=" + MEMBER + "&kind=MINUTES"))
                .contains("/public/meetings/" + meeting);

        // the agency masks members: the member list and the minutes (and the search) follow alike
        String changed = mvc.perform(put("/api/v1/agencies/" + agency + "/public-name-policy")
                        .contentType(MediaType.APPLICATION_JSON).with(csrf()).with(users.as("demo-admin"))
                        .content("{\"maskMembers\":true,\"maskStaff\":true,\"maskPrivate\":true,\"maskStyle\":\"GIVEN\",\"version\":0}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(changed).contains("\"maskMembers\":true", "\"version\":1");
        indexer.awaitIdle();
        list = body("/public/agencies/" + agency);
        listJson = body("/public/agencies/" + agency + "/members.json");
        page = body("/public/meetings/" + meeting);
        json = body("/api/v1/meetings/" + meeting + "/minutes?version=public");
        odt = odtText(meeting);
        for (String out : new String[] {list, listJson}) {
            assertThat(out).contains("宋OO", "周OO").doesNotContain(MEMBER, CONVENER, "青書", "芷若");
        }
        for (String out : new String[] {page, json, odt}) {
            assertThat(out).contains("宋OO", "周局長OO", "宋委員OO", "蘇OO專員")
                    .doesNotContain(MEMBER, CONVENER, STAFF, "青書", "芷若", "怡君");
        }
        assertThat(body("/api/v1/public/search?q=" + MEMBER)).doesNotContain(MEMBER);
        assertThat(body("/api/v1/public/search?q=青書")).doesNotContain("青書");
    }

    @Test
    void onlyTheAgencysSecretariatOrAnAdministratorChangesThePolicyWithTheVersionTheyRead() throws Exception {
        CurrentUser admin = users.current("demo-admin");
        Long agency = agencies.create("公開姓名權限測試局" + System.nanoTime() % 100000, null, null, admin).getId();
        String url = "/api/v1/agencies/" + agency + "/public-name-policy";
        mvc.perform(get(url).with(users.as("demo-admin"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("\"maskMembers\":false,\"maskStaff\":true,\"maskPrivate\":true,\"maskStyle\":\"MIDDLE\",\"version\":0")));
        String body = "{\"maskMembers\":true,\"maskStaff\":true,\"maskPrivate\":true,\"version\":0}";
        // another agency's secretariat does not even see it; anonymous callers are not let in
        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content(body).with(csrf())
                .with(users.as("demo-secretariat"))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content(body).with(csrf()))
                .andExpect(status().isUnauthorized());
        // a reader of the agency who is not its secretariat: 403
        Long nia = agencies.list(admin).stream().filter(a -> a.getName().equals("內政部移民署")).findFirst().orElseThrow().getId();
        mvc.perform(put("/api/v1/agencies/" + nia + "/public-name-policy").contentType(MediaType.APPLICATION_JSON)
                .content(body).with(csrf()).with(users.as("demo-member"))).andExpect(status().isForbidden());
        assertThat(body("/api/v1/agencies/" + nia + "/public-name-policy", "demo-member")).contains("\"maskMembers\":false");

        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content(body).with(csrf())
                .with(users.as("demo-admin"))).andExpect(status().isOk());
        // the same version again is stale: someone saved since
        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content(body).with(csrf())
                .with(users.as("demo-admin"))).andExpect(status().isConflict());
        mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content("{\"maskMembers\":true}").with(csrf())
                .with(users.as("demo-admin"))).andExpect(status().isBadRequest());

        // the page: the same rule, Post/Redirect/Get, a stale form comes back refused, history kept
        String page = body("/agencies/" + agency + "/public-names", "demo-admin");
        assertThat(page).contains("公開姓名原則", "name=\"version\" value=\"1\"");
        mvc.perform(post("/agencies/" + agency + "/public-names").param("version", "1").param("maskStaff", "true")
                .param("style", "MIDDLE").with(csrf()).with(users.as("demo-admin")))
                .andExpect(redirectedUrl("/agencies/" + agency + "/public-names"));
        mvc.perform(post("/agencies/" + agency + "/public-names").param("version", "1").param("style", "MIDDLE")
                .with(csrf()).with(users.as("demo-admin"))).andExpect(redirectedUrl("/agencies/" + agency + "/public-names"))
                .andExpect(flash().attribute("errorKey", "error.conflict"));
        mvc.perform(post("/agencies/" + agency + "/public-names").param("version", "2").with(csrf())
                .with(users.as("demo-taipei"))).andExpect(status().isNotFound());
        assertThat(body(url, "demo-admin")).contains("\"maskMembers\":false", "\"maskPrivate\":false", "\"version\":2");
        String history = body("/agencies/" + agency + "/public-names", "demo-admin");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/history/public-name-policy/(\\d+)").matcher(history);
        assertThat(m.find()).isTrue();
        // the editor by their display name
        assertThat(body("/history/public-name-policy/" + m.group(1), "demo-admin"))
                .contains("<td>" + users.current("demo-admin").displayName() + "</td>");
    }

    /** An agency with a task force (a convener and a member), and a published meeting naming staff and a private person. */
    private Long publishedMeeting(Long agency, CurrentUser sec) {
        Long tf = taskForces.create(agency, "性別平等專案小組", new CharterInput(2, 21, 1, 3, false, null, 0, null, 0, 0, 4,
                null, 3, 6, QuorumRule.MAJORITY, false, false, null, null), sec).getId();
        LocalDate since = LocalDate.of(2024, 1, 1); // a four-year term: still seated today
        memberships.add(tf, new MemberInput(null, CONVENER, Sex.FEMALE, "局長", "公開姓名測試局", null, null,
                Role.CONVENER, true, false, null, since, null, 0, null), sec);
        memberships.add(tf, new MemberInput(null, MEMBER, Sex.MALE, "教授", "國立大學", null, null,
                Role.MEMBER, false, false, null, since, null, 0, null), sec);
        Long id = meetings.create(tf, new MeetingDraft(MeetingKind.REGULAR, LocalDate.of(2024, 3, 1), LocalTime.of(14, 0),
                LocalTime.of(16, 0), "第 1 會議室", null, null, CONVENER, "局長", STAFF, STAFF, "02-1234-5678", null,
                MeetingStyle.SECTIONS, null, null), sec).getId();
        attendance.list(id, sec).forEach(a -> attendance.mark(id, a.getId(), a.getVersion(), AttendanceStatus.PRESENT, null, sec));
        attendance.addObserver(id, PRIVATE_PERSON, "民眾", NameCategory.PRIVATE, sec);
        Long item = agenda.add(id, new ItemDraft(AgendaItemKind.REPORT, "性別預算案", "由" + STAFF + "專員說明。", null,
                null, 1, null), sec).getId();
        content.addRemark(id, item, new RemarkDraft(SpeakerKind.MEMBER, MEMBER, null, null, null,
                "請" + STAFF + "專員彙整" + PRIVATE_PERSON + "先生之陳情，並請宋委員青書協助。"), sec);
        minutes.confirm(id, sec);
        minutes.publish(id, sec);
        return id;
    }

    private String odtText(Long meeting) throws Exception {
        byte[] odt = mvc.perform(get("/api/v1/meetings/" + meeting + "/minutes?format=odt&version=public"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(odt))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("content.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no content.xml");
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String body(String url, String account) throws Exception {
        return mvc.perform(get(url).with(users.as(account))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
