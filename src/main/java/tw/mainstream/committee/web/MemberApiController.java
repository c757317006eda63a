package tw.mainstream.committee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.committee.domain.MembershipChange;
import tw.mainstream.committee.domain.MembershipService;
import tw.mainstream.committee.web.ApiModels.MemberJson;
import tw.mainstream.committee.web.ApiModels.MemberRequest;
import tw.mainstream.shared.security.CurrentUser;

@RestController
@RequestMapping("/api/v1/task-forces/{id}")
@Tag(name = "members", description = "委員與任期")
class MemberApiController extends CommitteeApiSupport {
    private final MembershipService memberships;
    private final Clock clock;

    MemberApiController(MembershipService memberships, MessageSource messages, Clock clock) {
        super(messages);
        this.memberships = memberships;
        this.clock = clock;
    }

    @GetMapping("/members")
    @Operation(summary = "Every membership, current first; 'active' tells whether the seat is held today")
    List<MemberJson> members(@PathVariable Long id, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return memberships.roster(id, user).stream().map(r -> MemberJson.of(r, today)).toList();
    }

    @PostMapping("/members")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appoint a member (a new person, or personId of one on the agency's roster)")
    MemberJson add(@PathVariable Long id, @Valid @RequestBody MemberRequest r, CurrentUser user) {
        return MemberJson.of(memberships.add(id, r.toInput(), user), LocalDate.now(clock));
    }

    @GetMapping("/memberships/{mid}")
    MemberJson get(@PathVariable Long id, @PathVariable Long mid, CurrentUser user) {
        return MemberJson.of(memberships.get(id, mid, user), LocalDate.now(clock));
    }

    @PutMapping("/memberships/{mid}")
    @Operation(summary = "Change a membership; send the version you read (409 when stale)")
    MemberJson update(@PathVariable Long id, @PathVariable Long mid, @Valid @RequestBody MemberRequest r,
                      CurrentUser user) {
        return MemberJson.of(memberships.update(id, mid, requireVersion(r.version()), r.toInput(), user),
                LocalDate.now(clock));
    }

    @DeleteMapping("/memberships/{mid}")
    @Operation(summary = "End a membership (卸任) on a date with a reason; the record stays in the history")
    MemberJson end(@PathVariable Long id, @PathVariable Long mid, @RequestParam Long version,
                   @RequestParam(required = false) String endedOn, @RequestParam(required = false) String reason,
                   CurrentUser user) {
        LocalDate on = date(endedOn, LocalDate.now(clock));
        String why = reason == null || reason.isBlank() ? messages.getMessage("committee.membership.defaultEndReason",
                null, org.springframework.context.i18n.LocaleContextHolder.getLocale()) : reason;
        return MemberJson.of(memberships.end(id, mid, version, on, why, user), LocalDate.now(clock));
    }

    @GetMapping("/membership-changes")
    @Operation(summary = "委員異動: appointments, reappointments, ended terms and departures, newest first")
    List<MembershipChange> changes(@PathVariable Long id, CurrentUser user) {
        return memberships.changes(id, user);
    }
}
