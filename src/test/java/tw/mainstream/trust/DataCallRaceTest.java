package tw.mainstream.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;
import tw.mainstream.tracking.datacall.DataCallService;

/**
 * One answer per data-call recipient when 20 first answers arrive at once, for a sub-agency
 * recipient (no unit: the case a unique constraint with a NULL column let through), and one
 * pass-down per submission. The losers get a 409 or 400 with a message, never a 500.
 */
class DataCallRaceTest extends IntegrationTest {
    static final int PARALLEL = 20;
    static final ExecutorService POOL = Executors.newFixedThreadPool(PARALLEL);

    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataCallService service;

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    @Test
    void twentyParallelFirstAnswersOfASubAgencyStoreOne() throws Exception {
        long submission = subAgencySubmission();
        CyclicBarrier start = new CyclicBarrier(PARALLEL);
        List<Callable<MockHttpServletResponse>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            String body = "{\"submit\":true,\"answer\":{\"scalars\":{\"fiscalYear\":\"113\"},\"tables\":{\"items\":"
                    + "[{\"category\":\"計畫類\",\"plan\":\"並行答覆" + i + "\",\"planned\":\"100\"}]}}}";
            calls.add(() -> {
                start.await();
                return mvc.perform(put("/api/v1/data-calls/submissions/" + submission)
                        .with(users.as("demo-secretariat")).with(csrf()).header("Accept-Language", "zh-TW")
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
            });
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<MockHttpServletResponse> f : POOL.invokeAll(calls)) {
            MockHttpServletResponse r = f.get();
            statuses.add(r.getStatus());
            if (r.getStatus() != 200) {
                assertThat(r.getContentAsString()).contains("\"detail\"");
            }
        }
        long callId = jdbc.queryForObject("select call_id from tracking_submission where id = ?", Long.class, submission);
        int rows = jdbc.queryForObject("select count(*) from tracking_submission where call_id = ? and unit_id is null",
                Integer.class, callId);
        int submitted = jdbc.queryForObject("select count(*) from tracking_submission_aud where id = ? "
                + "and status = 'SUBMITTED'", Integer.class, submission);
        String answer = jdbc.queryForObject("select answer from tracking_submission where id = ?", String.class, submission);
        System.out.printf("rule race (answers of one sub-agency recipient): %d requests, statuses %s, rows %d, "
                + "submitted revisions %d%n", PARALLEL, statuses, rows, submitted);
        assertThat(rows).isEqualTo(1);
        assertThat(submitted).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(statuses).allMatch(s -> s == 200 || s == 400 || s == 409);
        assertThat(answer.split("並行答覆", -1)).hasSize(2);
    }

    @Test
    void theRecipientKeyRefusesASecondAnswerRowOfTheSameSubAgency() {
        long submission = subAgencySubmission();
        // the old constraint (call, agency, unit) let this row in, as its unit is NULL
        assertThatThrownBy(() -> jdbc.update("insert into tracking_submission (version, call_id, agency_id, unit_id, "
                + "status, updated_at) select 0, call_id, agency_id, null, 'NOT_STARTED', updated_at "
                + "from tracking_submission where id = ?", submission))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void twentyParallelPassDownsOfOneSubmissionOpenOneCall() throws Exception {
        long submission = subAgencySubmission();
        CurrentUser nia = users.current("demo-secretariat");
        long unit = users.current("demo-liaison").unitId();
        CyclicBarrier start = new CyclicBarrier(PARALLEL);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            calls.add(() -> {
                start.await();
                try {
                    service.passDown(nia, submission, List.of(unit), LocalDate.now().plusDays(10));
                    return "passed";
                } catch (DomainException e) {
                    return e.getStatus() + " " + e.getMessageKey();
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : POOL.invokeAll(calls)) {
            outcomes.add(f.get());
        }
        int children = jdbc.queryForObject("select count(*) from tracking_data_call where parent_submission_id = ?",
                Integer.class, submission);
        System.out.printf("rule race (pass-downs of one submission): %d requests, outcomes %s, calls %d%n", PARALLEL,
                outcomes, children);
        assertThat(children).isEqualTo(1);
        assertThat(outcomes.stream().filter(o -> o.equals("passed"))).hasSize(1);
        assertThat(outcomes).allMatch(o -> o.equals("passed") || o.equals("400 tracking.dataCall.error.alreadyPassed"));
    }

    /** A new call of 內政部 (oversight) to 移民署 as a whole: the recipient has no unit. */
    private long subAgencySubmission() {
        long nia = users.current("demo-secretariat").agencyId();
        long call = service.send(users.current("demo-oversight"), new DataCallService.SendCommand("並行填報",
                "GENDER_BUDGET", LocalDate.now().plusDays(20), List.of(), List.of(nia))).getId();
        return jdbc.queryForObject("select id from tracking_submission where call_id = ? and agency_id = ? "
                + "and unit_id is null", Long.class, call, nia);
    }
}
