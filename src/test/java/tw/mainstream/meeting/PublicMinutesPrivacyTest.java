package tw.mainstream.meeting;

import tw.mainstream.meeting.domain.NameCategory;

import tw.mainstream.meeting.domain.MeetingDocumentQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.MemberView;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.Meeting;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.meeting.domain.MinutesContentService;
import tw.mainstream.meeting.domain.MinutesService;
import tw.mainstream.meeting.domain.RemarkDraft;
import tw.mainstream.committee.domain.PublicNamePolicyService;
import tw.mainstream.search.engine.SearchIndexer;
import tw.mainstream.shared.privacy.PublicNamePolicyQueries;
import tw.mainstream.shared.privacy.PublicNamePolicyView;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.text.NameMasking;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * No person whom the agency's public-name policy masks appears by name in any public text of its
 * minutes: the public page, the public JSON and the public search. Where the agency masks members
 * (the Taipei demo, like its real minutes) that is everyone the task force knows (members past and
 * present, attendance, proxies, observers); under the default it is the staff (the executive
 * secretary, the recorder) and private persons, while members are shown as the member list shows
 * them. Names are looked for in every form they are written: full (吳嘉麗) and with a title
 * between surname and given name (吳委員嘉麗).
 */
class PublicMinutesPrivacyTest extends IntegrationTest {

    /** The real name behind the Taipei roster's 吳O麗, written in full in a carried-over follow-up row. */
    private static final String TAIPEI_MEMBER = "吳嘉麗";

    @Autowired CommitteeApi committee;
    @Autowired MeetingApi api;
    @Autowired MeetingDocumentQueries documents;
    @Autowired MinutesService minutes;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agenda;
    @Autowired MinutesContentService content;
    @Autowired MeetingFixtures fixtures;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired SearchIndexer indexer;
    @Autowired PublicNamePolicyQueries policies;
    @Autowired PublicNamePolicyService policyService;

    @Test
    void taipei105MinutesKeepTheCarriedOverMentionMasked() throws Exception {
        CurrentUser admin = users.current("demo-admin");
        MeetingView taipei = published().stream()
                .filter(m -> m.taskForceName().startsWith("臺北市府資訊局") && m.rocYear() == 105).findFirst().orElseThrow();
        assertThat(documents.minutes(taipei.id(), admin, false).sections().toString()).contains("建請吳委員嘉麗提供委員推薦名單");

        String page = body("/public/meetings/" + taipei.id());
        assertThat(page).contains("建請吳委員O麗提供委員推薦名單").doesNotContain("嘉麗");
        assertThat(body("/api/v1/meetings/" + taipei.id() + "/minutes?version=public")).doesNotContain("嘉麗");

        indexer.startRebuild().get();
        // other agencies show their members (吳嘉麗 may sit elsewhere): the Taipei minutes are not found by her name
        assertThat(body("/api/v1/public/search?q=嘉麗")).doesNotContain("/public/meetings/" + taipei.id() + "\"");
        assertThat(body("/api/v1/public/search?q=推薦名單&kind=MINUTES")).contains("/public/meetings/" + taipei.id())
                .doesNotContain("嘉麗");
    }

    @Test
    void noPersonThePolicyMasksIsNamedInPublishedMinutesOrThePublicSearch() throws Exception {
        indexer.startRebuild().get();
        List<MeetingView> all = published();
        assertThat(all).extracting(MeetingView::taskForceName).anyMatch(n -> n.startsWith("臺北市府資訊局"))
                .anyMatch(n -> n.startsWith("內政部移民署"));
        for (MeetingView m : all) {
            PublicNamePolicyView policy = policies.forAgency(m.agencyId());
            Set<String> people = policy.maskMembers() ? people(m) : staffAndPrivate(m);
            assertThat(people).hasSizeGreaterThan(policy.maskMembers() ? 3 : 0);
            assertNoneNamed(body("/public/meetings/" + m.id()), people, "page of " + m.taskForceName() + m.number());
            assertNoneNamed(body("/api/v1/meetings/" + m.id() + "/minutes?version=public"), people, "JSON of " + m.number());
            for (String name : people) {
                if (!NameMasking.isMasked(name)) {
                    // another agency's minutes may name the same person under its own policy: this meeting must not be found
                    assertThat(body("/api/v1/public/search?q=" + name + "&kind=MINUTES"))
                            .as("search %s finds %s", name, m.number()).doesNotContain("/public/meetings/" + m.id() + "\"");
                }
            }
        }
    }

    @Test
    void everyTextPartOfThePublicVersionFollowsThePolicy() throws Exception {
        CurrentUser sec = users.current("demo-secretariat");
        Long tf = fixtures.taskForce("內政部移民署");
        Long agency = fixtures.agency("內政部移民署");
        // a member whose term ended years ago: not in the attendance, still named in an old follow-up row
        Long past = insert(agency, "張秀琴");
        jdbc.update("insert into committee_membership (task_force_id, person_id, role, internal, ex_officio, appointed_on, "
                + "term_ends_on, reappointments) values (?, ?, 'MEMBER', false, false, ?, ?, 0)",
                tf, past, java.sql.Date.valueOf(LocalDate.of(2016, 1, 1)), java.sql.Date.valueOf(LocalDate.of(2017, 12, 31)));

        Meeting m = meetings.create(tf, MeetingFixtures.draft(LocalDate.of(2022, 9, 26)), sec);
        Long item = agenda.add(m.getId(), new ItemDraft(AgendaItemKind.REPORT, "王組長美玲報告性別預算案",
                "依張委員秀琴 104 年建議辦理。", null, null, 1, null), sec).getId();
        content.addRow(m.getId(), item, LocalDate.of(2016, 3, 1), "請張秀琴委員提供名單。", "王美玲",
                "已洽林副署長興春。", "建請吳委員嘉麗協助。", false, sec);
        content.addRemark(m.getId(), item, new RemarkDraft(SpeakerKind.UNIT, null, null, "移民資訊組（嚴祥鸞教授代）", null,
                "嚴教授祥鸞補充說明。"), sec);
        content.addResolution(m.getId(), item, new tw.mainstream.meeting.domain.ResolutionDraft(ResolutionKind.RESOLUTION,
                ResolutionOutcome.OTHER, "請曾筠苓科員彙整張秀琴委員意見。", null, false), sec);
        meetings.noteAttendance(m.getId(), "詳如簽到表（吳嘉麗委員請假）", sec);
        Meeting fresh = meetings.list(tf, sec).stream().filter(x -> x.getId().equals(m.getId())).findFirst().orElseThrow();
        meetings.record(m.getId(), fresh.getVersion(), "林召集人興春致詞。", "感謝王美玲組長。", java.time.LocalTime.of(16, 0), sec);
        minutes.confirm(m.getId(), sec);
        minutes.publish(m.getId(), sec);

        MeetingView view = api.meeting(m.getId()).orElseThrow();
        Set<String> people = people(view);
        assertThat(people).contains("張秀琴", "林興春", "王美玲", "吳嘉麗", "嚴祥鸞", "曾筠苓");
        // the default: members and officials in full, the executive secretary (staff) masked with her title kept
        assertThat(staffAndPrivate(view)).contains("曾筠苓").doesNotContain("張秀琴", "林興春", "吳嘉麗");
        String page = body("/public/meetings/" + m.getId());
        assertNoneNamed(page, staffAndPrivate(view), "page");
        assertThat(page).contains("張委員秀琴", "張秀琴委員", "王組長美玲", "林副署長興春", "吳委員嘉麗", "嚴教授祥鸞", "曾O苓科員");
        String json = body("/api/v1/meetings/" + m.getId() + "/minutes?version=public");
        assertNoneNamed(json, staffAndPrivate(view), "JSON");
        assertThat(json).contains("\"chairName\":\"林興春\"", "\"recorder\":\"曾O苓\"", "\"contactPerson\":\"曾O苓\"");

        // the agency masks members too: every text part follows (the policy is restored for the other tests)
        CurrentUser admin = users.current("demo-admin");
        PublicNamePolicyView before = policies.forAgency(agency);
        try {
            policyService.update(agency, before.version(), true, true, true, NameMasking.Style.MIDDLE, admin);
            page = body("/public/meetings/" + m.getId());
            assertNoneNamed(page, people, "page");
            assertThat(page).contains("張委員O琴", "張O琴委員", "王組長O玲", "林副署長O春", "吳委員O麗", "嚴教授O鸞", "曾O苓科員");
            json = body("/api/v1/meetings/" + m.getId() + "/minutes?version=public");
            assertNoneNamed(json, people, "JSON");
            assertThat(json).contains("\"chairName\":\"林O春\"", "\"recorder\":\"曾O苓\"", "\"contactPerson\":\"曾O苓\"");
        } finally {
            policyService.update(agency, policies.forAgency(agency).version(), before.maskMembers(), before.maskStaff(),
                    before.maskPrivate(), before.style(), admin);
        }
        // the internal version keeps every name
        assertThat(documents.minutes(m.getId(), sec, false).toString()).contains("張委員秀琴", "王組長美玲", "吳嘉麗委員請假");
    }

    /**
     * Whom the default policy masks: the roster's staff seats (executive secretary, liaisons), the
     * recorder and contact person, staff and private observers, unless they sit on the roster as members.
     */
    private Set<String> staffAndPrivate(MeetingView m) {
        CurrentUser admin = users.current("demo-admin");
        Set<String> members = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        committee.everyMember(m.taskForceId()).forEach(p -> (p.role().isStaff() ? names : members).add(p.name()));
        documents.observers(m.id(), admin).stream().filter(o -> o.category() != NameCategory.MEMBER_OFFICIAL)
                .forEach(o -> names.add(o.name()));
        names.add(m.recorder());
        names.add(m.contactPerson());
        names.removeAll(members);
        names.removeIf(n -> n == null || n.strip().length() < 2);
        return names;
    }

    /** Everyone the task force knows: members past and present, the attendance with proxies, observers. */
    private Set<String> people(MeetingView m) {
        CurrentUser admin = users.current("demo-admin");
        Set<String> names = new LinkedHashSet<>();
        committee.everyMember(m.taskForceId()).stream().map(MemberView::name).forEach(names::add);
        documents.attendance(m.id(), admin).forEach(a -> {
            names.add(a.name());
            if (a.proxyName() != null) {
                names.add(a.proxyName());
            }
        });
        documents.observers(m.id(), admin).forEach(o -> names.add(o.name()));
        if (m.chairName() != null) {
            names.add(m.chairName());
        }
        if (names.contains("吳O麗")) {
            names.add(TAIPEI_MEMBER);
        }
        names.removeIf(n -> n == null || n.strip().length() < 2);
        return names;
    }

    /**
     * Fails when a name stands in the text unmasked: in full, or with up to six characters of title
     * between surname and given name. A name known only masked (吳O麗) is looked for with any
     * ideograph at the masked places.
     */
    private static void assertNoneNamed(String text, Set<String> people, String where) {
        List<String> found = new ArrayList<>();
        for (String name : people) {
            String surname = NameMasking.surname(name);
            StringBuilder given = new StringBuilder();
            name.substring(surname.length()).codePoints().forEach(c -> given.append(
                    NameMasking.isMasked("x" + Character.toString(c)) ? "[\\p{IsHan}&&[^〇]]" : Pattern.quote(Character.toString(c))));
            if (!given.toString().contains("\\Q")) {
                continue; // 陳OO: nothing to recognise
            }
            Matcher m = Pattern.compile(Pattern.quote(surname) + "\\p{IsHan}{0,6}?" + given).matcher(text);
            while (m.find()) {
                found.add(m.group() + " (" + name + ")");
            }
        }
        assertThat(found).as("names unmasked in " + where).isEmpty();
    }

    private List<MeetingView> published() {
        return committee.allAgencies().stream().map(AgencyView::id)
                .flatMap(a -> minutes.published(a).stream()).map(x -> api.meeting(x.getId()).orElseThrow()).toList();
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private Long insert(Long agency, String name) {
        jdbc.update("insert into committee_person (agency_id, name, sex, title, organisation) values (?, ?, 'FEMALE', '教授', null)",
                agency, name);
        return jdbc.queryForObject("select max(id) from committee_person where name = ?", Long.class, name);
    }
}
