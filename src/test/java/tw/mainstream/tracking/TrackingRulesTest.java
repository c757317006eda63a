package tw.mainstream.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.tracking.domain.DecisionKind;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.ItemStatus;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.ProgressReport;
import tw.mainstream.tracking.domain.ReportStatus;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackingDecision;
import tw.mainstream.tracking.domain.TrackingProposal;

/** Plain rules: an item closes only by a decision; the report state machine. */
class TrackingRulesTest {

    private static final Instant NOW = Instant.parse("2022-07-01T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2022, 7, 1);

    private static TrackedItem item() {
        return new TrackedItem(1L, 2L, "內容", 10L, Set.of(11L), DueKind.NEXT_MEETING, null,
                Origin.external("110 年第 2 次會議", LocalDate.of(2021, 12, 20)), NOW);
    }

    @Test
    void aProposalToCloseDoesNotCloseTheItem() {
        TrackedItem item = item();
        ProgressReport r = new ProgressReport(item, 10L, NOW);
        r.write("已完成", TrackingProposal.PROPOSE_CLOSE, true, TODAY, NOW);
        r.accept(NOW);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.OPEN);
    }

    @Test
    void closeDecisionClosesAndLocksTheItem() {
        TrackedItem item = item();
        TrackingDecision.decide(item, null, LocalDate.of(2022, 7, 25), "111 年第 1 次會議", DecisionKind.CLOSE, null, null, NOW);
        assertThat(item.isClosed()).isTrue();
        assertThat(item.getClosedOn()).isEqualTo(LocalDate.of(2022, 7, 25));
        assertThatThrownBy(() -> item.edit("x", 10L, Set.of(), DueKind.NEXT_MEETING, null, null))
                .isInstanceOf(DomainException.class).hasMessage("tracking.error.closed");
        assertThatThrownBy(() -> TrackingDecision.decide(item, null, LocalDate.of(2022, 12, 1), "m",
                DecisionKind.CONTINUE, null, null, NOW)).hasMessage("tracking.error.closed");
    }

    @Test
    void continueDecisionOpensTheNextRound() {
        TrackedItem item = item();
        TrackingDecision.decide(item, null, LocalDate.of(2022, 7, 25), "m", DecisionKind.CONTINUE, "r", "i", NOW);
        assertThat(item.isClosed()).isFalse();
        assertThat(item.getRound()).isEqualTo(2);
    }

    @Test
    void reportStateMachine() {
        ProgressReport r = new ProgressReport(item(), 10L, NOW);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.DRAFT);
        r.write("草稿", TrackingProposal.PROPOSE_CONTINUE, false, TODAY, NOW);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.DRAFT);
        assertThatThrownBy(() -> r.accept(NOW)).hasMessage("tracking.error.reportTransition");
        r.write("送出", TrackingProposal.PROPOSE_CLOSE, true, TODAY, NOW);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThatThrownBy(() -> r.write("改", TrackingProposal.PROPOSE_CLOSE, true, TODAY, NOW))
                .hasMessage("tracking.error.reportLocked");
        assertThatThrownBy(() -> r.returnWith(" ", NOW)).hasMessage("tracking.error.commentRequired");
        r.returnWith("請補充數據", NOW);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.RETURNED);
        r.write("補充後", TrackingProposal.PROPOSE_CLOSE, true, TODAY, NOW);
        r.accept(NOW);
        assertThat(r.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
        assertThatThrownBy(() -> r.returnWith("again", NOW)).hasMessage("tracking.error.reportTransition");
    }

    @Test
    void emptyReportIsRefused() {
        ProgressReport r = new ProgressReport(item(), 10L, NOW);
        assertThatThrownBy(() -> r.write("  ", TrackingProposal.PROPOSE_CLOSE, true, TODAY, NOW))
                .hasMessage("tracking.error.reportTextRequired");
    }

    @Test
    void dueOnADateNeedsTheDate() {
        assertThatThrownBy(() -> new TrackedItem(1L, 2L, "c", 10L, Set.of(), DueKind.DATE, null,
                Origin.external("o", TODAY), NOW)).hasMessage("tracking.error.dueDateRequired");
    }
}
