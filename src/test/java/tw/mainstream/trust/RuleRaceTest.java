package tw.mainstream.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tw.mainstream.meeting.MeetingKind;
import tw.mainstream.meeting.domain.MeetingDraft;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;

/**
 * Rules that count hold when 20 requests arrive at once: the charter's maximum of voting members,
 * one seat per person, one convener, one number per meeting (also when all ask for the same one).
 * Every request gets an answer (never 500).
 */
class RuleRaceTest extends IntegrationTest {
    static final int PARALLEL = 20;
    static final ExecutorService POOL = Executors.newFixedThreadPool(PARALLEL);
    static final String CHARTER = """
            {"minMembers":3,"maxMembers":5,"genderRuleNumerator":1,"genderRuleDenominator":3,
             "genderRuleException":false,"minExternal":0,"minGecCredentialed":0,"gecCredentialYears":2,
             "termYears":2,"maxReappointments":2,"vacancyMinMonths":3,"meetingIntervalMonths":6,
             "quorumRule":"MAJORITY","chairBreaksTies":true,"internalProxiesAllowed":true}""";

    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeetingService meetings;

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void twentyParallelMembersNeverPassTheCharterMaximum() throws Exception {
        long tf = newTaskForce();
        List<Integer> statuses = race(i -> "/api/v1/task-forces/" + tf + "/members",
                i -> member("並行委員" + i, i % 2 == 0 ? "FEMALE" : "MALE"));
        int seated = jdbc.queryForObject("select count(*) from committee_membership where task_force_id = ?",
                Integer.class, tf);
        report("members above the maximum of 5", statuses, seated);
        assertThat(seated).isEqualTo(5);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(5);
        assertThat(statuses).allMatch(s -> s == 201 || s == 400 || s == 409);
    }

    @Test
    void oneSeatPerPersonUnderTwentyParallelRequests() throws Exception {
        long tf = newTaskForce();
        String first = mvc.perform(post("/api/v1/task-forces/" + tf + "/members").with(users.as("demo-secretariat"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(member("同一人", "FEMALE")))
                .andReturn().getResponse().getContentAsString();
        long person = Long.parseLong(first.replaceAll("^.*\"personId\":(\\d+).*$", "$1"));
        jdbc.update("update committee_membership set ended_on = appointed_on where task_force_id = ?", tf);
        List<Integer> statuses = race(i -> "/api/v1/task-forces/" + tf + "/members",
                i -> member("同一人", "FEMALE").replace("{", "{\"personId\":" + person + ","));
        int seats = jdbc.queryForObject("select count(*) from committee_membership where task_force_id = ? "
                + "and person_id = ? and ended_on is null", Integer.class, tf, person);
        report("second seats of one person", statuses, seats);
        assertThat(seats).isEqualTo(1);
        assertThat(statuses).allMatch(s -> s == 201 || s == 400 || s == 409);
    }

    @Test
    void twentyParallelMeetingsGetTwentyDifferentNumbers() throws Exception {
        long tf = newTaskForce();
        List<Integer> statuses = race(i -> "/api/v1/meetings",
                i -> "{\"taskForceId\":" + tf + ",\"kind\":\"REGULAR\",\"date\":\"2031-0" + (1 + i % 9) + "-1"
                        + (i % 9) + "\"}");
        int numbers = jdbc.queryForObject("select count(distinct sequence_no) from meeting_meeting where task_force_id = ?",
                Integer.class, tf);
        int meetings = jdbc.queryForObject("select count(*) from meeting_meeting where task_force_id = ?",
                Integer.class, tf);
        report("meetings sharing a number", statuses, meetings);
        assertThat(numbers).isEqualTo(meetings);
        assertThat(statuses).allMatch(s -> s == 201 || s == 409);
    }

    @Test
    void oneConvenerUnderTwentyParallelRequests() throws Exception {
        long tf = newTaskForce();
        List<Integer> statuses = race(i -> "/api/v1/task-forces/" + tf + "/members",
                i -> member("並行召集人" + i, i % 2 == 0 ? "FEMALE" : "MALE").replace("\"MEMBER\"", "\"CONVENER\""));
        int conveners = jdbc.queryForObject("select count(*) from committee_membership where task_force_id = ? "
                + "and role = 'CONVENER'", Integer.class, tf);
        report("conveners of one task force", statuses, conveners);
        assertThat(conveners).isEqualTo(1);
        assertThat(statuses).allMatch(s -> s == 201 || s == 400 || s == 409);
    }

    /** 20 meetings asking for the same printed number (第 7 次) of one year: one gets it, none share one. */
    @Test
    void twentyParallelMeetingsAskingForOneNumberNeverShareIt() throws Exception {
        long tf = newTaskForce();
        CurrentUser secretariat = users.current("demo-secretariat");
        CyclicBarrier start = new CyclicBarrier(PARALLEL);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            LocalDate date = LocalDate.of(2032, 1 + i % 12, 1 + i);
            calls.add(() -> {
                start.await();
                try {
                    meetings.createNumbered(tf, new MeetingDraft(MeetingKind.REGULAR, date, null, null, "會議室", null,
                            null, null, null, null, null, null, null, null, null, null), 7, secretariat);
                    return "created";
                } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                    return "409";
                } catch (DomainException e) {
                    return Integer.toString(e.getStatus());
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : POOL.invokeAll(calls)) {
            outcomes.add(f.get());
        }
        int meetingsOfYear = jdbc.queryForObject("select count(*) from meeting_meeting where task_force_id = ? "
                + "and roc_year = 121", Integer.class, tf);
        int numbers = jdbc.queryForObject("select count(distinct sequence_no) from meeting_meeting "
                + "where task_force_id = ? and roc_year = 121", Integer.class, tf);
        int seventh = jdbc.queryForObject("select count(*) from meeting_meeting where task_force_id = ? "
                + "and roc_year = 121 and sequence_no = 7", Integer.class, tf);
        System.out.printf("rule race (meetings asking for 第 7 次): %d requests, outcomes %s, meetings %d, numbers %d%n",
                PARALLEL, outcomes, meetingsOfYear, numbers);
        assertThat(seventh).isEqualTo(1);
        assertThat(numbers).isEqualTo(meetingsOfYear);
        assertThat(outcomes.stream().filter(o -> o.equals("created")).count()).isEqualTo(meetingsOfYear);
        assertThat(outcomes).allMatch(o -> o.equals("created") || o.equals("409"));
    }

    private static void report(String rule, List<Integer> statuses, int count) {
        System.out.printf("rule race (%s): %d requests, statuses %s, rows %d%n", rule, statuses.size(), statuses, count);
    }

    private List<Integer> race(IntFunction<String> url, IntFunction<String> body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(PARALLEL);
        var as = users.as("demo-secretariat");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            int n = i;
            calls.add(() -> {
                start.await();
                return mvc.perform(post(url.apply(n)).with(as).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body.apply(n))).andReturn().getResponse().getStatus();
            });
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : POOL.invokeAll(calls)) {
            statuses.add(f.get());
        }
        return statuses;
    }

    private long newTaskForce() throws Exception {
        long agency = users.current("demo-secretariat").agencyId();
        String body = "{\"agencyId\":" + agency + ",\"name\":\"並行小組 " + UUID.randomUUID() + "\",\"charter\":" + CHARTER + "}";
        String response = mvc.perform(post("/api/v1/task-forces").with(users.as("demo-secretariat")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
        return Long.parseLong(response.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
    }

    private static String member(String name, String sex) {
        return "{\"name\":\"" + name + "\",\"sex\":\"" + sex + "\",\"role\":\"MEMBER\",\"internal\":false,"
                + "\"appointedOn\":\"2025-01-01\"}";
    }
}
