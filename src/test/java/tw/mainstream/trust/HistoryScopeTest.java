package tw.mainstream.trust;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;
import tw.mainstream.tracking.domain.DecisionKind;
import tw.mainstream.tracking.domain.DecisionService;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.ReportService;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackingProposal;
import tw.mainstream.tracking.domain.TrackingService;

/**
 * History obeys the record's own read rule: a liaison reads the history of their unit's tracked
 * items, reports and decisions, and gets 404 (pages and API) for another unit's.
 */
class HistoryScopeTest extends IntegrationTest {
    @Autowired TestUsers users;
    @Autowired TrackingService tracking;
    @Autowired ReportService reports;
    @Autowired DecisionService decisions;
    @Autowired CommitteeApi committee;

    @Test
    void liaisonReadsOnlyTheirUnitsTrackingHistory() throws Exception {
        CurrentUser sec = users.current("demo-secretariat");
        Long own = users.current("demo-liaison").unitId();
        Long other = committee.units(sec.agencyId()).stream().map(u -> u.id()).filter(id -> !id.equals(own))
                .findFirst().orElseThrow();
        Records mine = records(sec, own);
        Records theirs = records(sec, other);
        for (String prefix : List.of("/history/", "/api/v1/history/")) {
            expect(prefix, mine, 200);
            expect(prefix, theirs, 404);
            for (String user : List.of("demo-secretariat", "demo-oversight", "demo-admin")) {
                mvc.perform(get(prefix + "trackedItem/" + theirs.item).with(users.as(user))).andExpect(status().isOk());
            }
            mvc.perform(get(prefix + "trackedItem/" + theirs.item).with(users.as("demo-taipei")))
                    .andExpect(status().isNotFound());
        }
    }

    private void expect(String prefix, Records r, int status) throws Exception {
        for (String path : List.of("trackedItem/" + r.item, "progressReport/" + r.report, "trackingDecision/" + r.decision)) {
            mvc.perform(get(prefix + path).with(users.as("demo-liaison"))).andExpect(status().is(status));
        }
    }

    private Records records(CurrentUser sec, Long unit) {
        Long tf = committee.taskForcesOf(sec.agencyId()).get(0).id();
        TrackedItem item = tracking.open(sec, new OpenItemCommand(tf, "歷程範圍 " + System.nanoTime(), unit, Set.of(),
                DueKind.NEXT_MEETING, null, Origin.external("111 年第 1 次會議", LocalDate.of(2022, 7, 25))));
        long report = reports.write(sec, item.getId(), unit, null, "進度 " + unit, TrackingProposal.PROPOSE_CONTINUE,
                true, List.of()).getId();
        long decision = decisions.decide(sec, item.getId(), new DecisionService.MeetingRef(null,
                LocalDate.of(2023, 1, 5), "112 年第 1 次會議"), DecisionKind.CONTINUE, "繼續", null).getId();
        return new Records(item.getId(), report, decision);
    }

    private record Records(long item, long report, long decision) {
    }
}
