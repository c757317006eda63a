package tw.mainstream.tracking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.Paging;
import tw.mainstream.tracking.domain.ItemStatus;
import tw.mainstream.tracking.domain.DecisionKind;
import tw.mainstream.tracking.domain.DecisionService;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.ItemQueries;
import tw.mainstream.tracking.domain.TrackedItemDetailView;
import tw.mainstream.tracking.domain.TrackedItemView;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.ReportService;
import tw.mainstream.tracking.domain.TrackingProposal;
import tw.mainstream.tracking.domain.TrackingService;

/** {@code /api/v1/tracked-items}: the same services and scope as the pages; errors as problem details. */
@RestController
@RequestMapping("/api/v1/tracked-items")
class TrackedItemApiController {

    private final TrackingService tracking;
    private final ItemQueries queries;
    private final ReportService reports;
    private final DecisionService decisions;

    TrackedItemApiController(TrackingService tracking, ItemQueries queries, ReportService reports,
                             DecisionService decisions) {
        this.tracking = tracking;
        this.queries = queries;
        this.reports = reports;
        this.decisions = decisions;
    }

    /** Opening an item: origin label and date are required (a meeting or a higher body's decision). */
    record OpenRequest(Long taskForceId, String content, Long leadUnitId, Set<Long> supportingUnitIds, DueKind dueKind,
                       LocalDate dueDate, Long originMeetingId, Long originAgendaItemId, Long originResolutionId,
                       String originLabel, LocalDate originDate) {
    }

    record ReportRequest(Long unitId, Long version, String text, TrackingProposal proposal, boolean submit) {
    }

    record DecisionRequest(Long meetingId, LocalDate meetingDate, String meetingLabel, DecisionKind kind,
                           String remarks, String newInstructions) {
    }

    /** Tracked items the caller may read, optionally of one agency, task force, lead unit or state. */
    @GetMapping
    ResponseEntity<List<TrackedItemView>> list(@RequestParam(required = false) Long agencyId,
                                        @RequestParam(required = false) Long taskForceId,
                                        @RequestParam(required = false) Long leadUnitId,
                                        @RequestParam(required = false) ItemStatus status,
                                        @ParameterObject Paging paging, CurrentUser user) {
        return paging.answer(queries.visible(user).stream()
                .filter(i -> agencyId == null || agencyId.equals(i.agencyId()))
                .filter(i -> taskForceId == null || taskForceId.equals(i.taskForceId()))
                .filter(i -> leadUnitId == null || leadUnitId.equals(i.leadUnitId()))
                .filter(i -> status == null || status == i.status()).toList());
    }

    @GetMapping("/{id}")
    TrackedItemDetailView get(@PathVariable long id, CurrentUser user) {
        return queries.detail(user, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TrackedItemDetailView open(@RequestBody OpenRequest r, CurrentUser user) {
        var item = tracking.open(user, new OpenItemCommand(r.taskForceId(), r.content(), r.leadUnitId(),
                r.supportingUnitIds() == null ? Set.of() : r.supportingUnitIds(),
                r.dueKind() == null ? DueKind.NEXT_MEETING : r.dueKind(), r.dueDate(),
                new Origin(r.originMeetingId(), r.originAgendaItemId(), r.originResolutionId(), r.originLabel(),
                        r.originDate())));
        return queries.detail(user, item.getId());
    }

    @PostMapping("/{id}/reports")
    TrackedItemDetailView report(@PathVariable long id, @RequestBody ReportRequest r, CurrentUser user) {
        reports.write(user, id, r.unitId(), r.version(), r.text(), r.proposal(), r.submit(), List.of());
        return queries.detail(user, id);
    }

    @PostMapping("/{id}/reports/{reportId}/accept")
    TrackedItemDetailView accept(@PathVariable long id, @PathVariable long reportId, CurrentUser user) {
        reports.accept(user, reportId);
        return queries.detail(user, id);
    }

    @PostMapping("/{id}/reports/{reportId}/return")
    TrackedItemDetailView returnReport(@PathVariable long id, @PathVariable long reportId, @RequestBody String comment,
                            CurrentUser user) {
        reports.returnReport(user, reportId, comment);
        return queries.detail(user, id);
    }

    @PostMapping("/{id}/decisions")
    TrackedItemDetailView decide(@PathVariable long id, @RequestBody DecisionRequest r, CurrentUser user) {
        decisions.decide(user, id, new DecisionService.MeetingRef(r.meetingId(), r.meetingDate(), r.meetingLabel()),
                r.kind(), r.remarks(), r.newInstructions());
        return queries.detail(user, id);
    }
}
