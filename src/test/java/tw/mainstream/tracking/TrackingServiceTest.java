package tw.mainstream.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.ForbiddenException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.support.IntegrationTest;
import tw.mainstream.support.TestUsers;
import tw.mainstream.tracking.domain.DecisionKind;
import tw.mainstream.tracking.domain.DecisionService;
import tw.mainstream.tracking.domain.DecisionService.MeetingRef;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.EventKind;
import tw.mainstream.tracking.domain.ItemQueries;
import tw.mainstream.tracking.domain.TrackedItemDetailView.TimelineEntry;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.ProgressReport;
import tw.mainstream.tracking.domain.ReportService;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackingProposal;
import tw.mainstream.tracking.domain.TrackingService;

class TrackingServiceTest extends IntegrationTest {

    @Autowired TestUsers users;
    @Autowired TrackingService tracking;
    @Autowired ReportService reports;
    @Autowired DecisionService decisions;
    @Autowired ItemQueries queries;
    @Autowired CommitteeApi committee;

    CurrentUser secretariat() {
        return users.current("demo-secretariat");
    }

    Long nia() {
        return secretariat().agencyId();
    }

    Long unit(String name) {
        return committee.unitByName(nia(), name).orElseThrow().id();
    }

    TrackedItem open(String lead, String... supporting) {
        Long tf = committee.taskForcesOf(nia()).get(0).id();
        Set<Long> support = java.util.Arrays.stream(supporting).map(this::unit).collect(java.util.stream.Collectors.toSet());
        return tracking.open(secretariat(), new OpenItemCommand(tf, "測試事項 " + System.nanoTime(), unit(lead), support,
                DueKind.NEXT_MEETING, null, Origin.external("111 年第 1 次會議", LocalDate.of(2022, 7, 25))));
    }

    @Test
    void demoLiaisonSeesOnlyTheirUnitsItems() {
        CurrentUser liaison = users.current("demo-liaison");
        List<TrackedItem> visible = tracking.visible(liaison);
        assertThat(visible).isNotEmpty().allMatch(i -> i.involves(liaison.unitId()));
        assertThat(tracking.visible(secretariat())).hasSizeGreaterThan(visible.size());
    }

    @Test
    void liaisonReportsProposesCloseAndOnlyTheMeetingCloses() {
        TrackedItem item = open("移民資訊組");
        CurrentUser liaison = users.current("demo-liaison");
        ProgressReport r = reports.write(liaison, item.getId(), liaison.unitId(), null, "已完成大數據平臺說明",
                TrackingProposal.PROPOSE_CLOSE, true, List.of());
        reports.accept(secretariat(), r.getId());
        assertThat(tracking.get(secretariat(), item.getId()).isClosed()).isFalse();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Taipei"));
        decisions.decide(secretariat(), item.getId(), new MeetingRef(null, today, "今日會議"),
                DecisionKind.CLOSE, "委員無意見", null);
        assertThat(tracking.get(secretariat(), item.getId()).isClosed()).isTrue();
        List<EventKind> steps = queries.detail(secretariat(), item.getId()).timeline().stream()
                .map(TimelineEntry::kind).toList();
        assertThat(steps).containsExactly(EventKind.OPENED, EventKind.REPORT_SUBMITTED, EventKind.REPORT_ACCEPTED,
                EventKind.DECIDED_CLOSE);
        TimelineEntry submitted = queries.detail(secretariat(), item.getId()).timeline().get(1);
        assertThat(submitted.proposal()).isEqualTo(TrackingProposal.PROPOSE_CLOSE);
        assertThat(submitted.text()).isEqualTo("已完成大數據平臺說明");
        assertThatThrownBy(() -> reports.write(liaison, item.getId(), liaison.unitId(), null, "again",
                TrackingProposal.PROPOSE_CLOSE, false, List.of())).hasMessage("tracking.error.closed");
        assertThatThrownBy(() -> tracking.edit(secretariat(), item.getId(), 0, "x", unit("移民資訊組"), Set.of(),
                DueKind.NEXT_MEETING, null, null)).hasMessage("tracking.error.closed");
    }

    @Test
    void liaisonCannotTouchAnotherUnitsItem() {
        TrackedItem other = open("國際及執法事務組");
        CurrentUser liaison = users.current("demo-liaison");
        assertThatThrownBy(() -> reports.write(liaison, other.getId(), liaison.unitId(), null, "x",
                TrackingProposal.PROPOSE_CLOSE, true, List.of())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.write(liaison, other.getId(), unit("國際及執法事務組"), null, "x",
                TrackingProposal.PROPOSE_CLOSE, true, List.of())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void supportingUnitMayReportButNotDecide() {
        TrackedItem item = open("移民事務組", "移民資訊組");
        CurrentUser liaison = users.current("demo-liaison");
        reports.write(liaison, item.getId(), liaison.unitId(), null, "協辦說明", TrackingProposal.PROPOSE_CONTINUE, true,
                List.of());
        assertThatThrownBy(() -> decisions.decide(liaison, item.getId(), new MeetingRef(null, LocalDate.of(2022, 12, 15),
                "m"), DecisionKind.CLOSE, null, null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anotherAgencyGets404() {
        TrackedItem item = open("移民資訊組");
        assertThatThrownBy(() -> tracking.get(users.current("demo-taipei"), item.getId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(tracking.visible(users.current("demo-taipei"))).noneMatch(i -> i.getAgencyId().equals(nia()));
        assertThat(tracking.get(users.current("demo-oversight"), item.getId()).getId()).isEqualTo(item.getId());
    }

    @Test
    void oneDecisionPerMeeting() {
        TrackedItem item = open("移民資訊組");
        MeetingRef m = new MeetingRef(null, LocalDate.of(2022, 12, 15), "111 年第 2 次會議");
        decisions.decide(secretariat(), item.getId(), m, DecisionKind.CONTINUE, null, "請續辦");
        assertThatThrownBy(() -> decisions.decide(secretariat(), item.getId(), m, DecisionKind.CLOSE, null, null))
                .hasMessage("tracking.error.alreadyDecided");
        assertThat(tracking.get(secretariat(), item.getId()).getRound()).isEqualTo(2);
    }
}
