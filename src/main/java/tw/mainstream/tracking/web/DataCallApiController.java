package tw.mainstream.tracking.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.Paging;
import tw.mainstream.tracking.datacall.Answer;
import tw.mainstream.tracking.datacall.DataCallQueries;
import tw.mainstream.tracking.datacall.DataCallService;
import tw.mainstream.tracking.datacall.CallDetailView;
import tw.mainstream.tracking.datacall.CallView;
import tw.mainstream.tracking.datacall.ConsolidationView;
import tw.mainstream.tracking.datacall.FormValidator;

/** {@code /api/v1/data-calls}: calls with the submissions the caller may see, answers, consolidation. */
@RestController
@RequestMapping("/api/v1/data-calls")
class DataCallApiController {

    private final DataCallService service;
    private final DataCallQueries reads;

    DataCallApiController(DataCallService service, DataCallQueries reads) {
        this.service = service;
        this.reads = reads;
    }

    record AnswerRequest(Long version, Answer answer, boolean submit) {
    }

    /** Data calls the caller may read, optionally of one sending agency or with a deadline in a period. */
    @GetMapping
    ResponseEntity<List<CallView>> list(@RequestParam(required = false) Long agencyId,
                                        @RequestParam(required = false) LocalDate deadlineFrom,
                                        @RequestParam(required = false) LocalDate deadlineTo,
                                        @ParameterObject Paging paging, CurrentUser user) {
        return paging.answer(reads.list(user).stream()
                .filter(c -> agencyId == null || agencyId.equals(c.agencyId()))
                .filter(c -> deadlineFrom == null || (c.deadline() != null && !c.deadline().isBefore(deadlineFrom)))
                .filter(c -> deadlineTo == null || (c.deadline() != null && !c.deadline().isAfter(deadlineTo)))
                .toList());
    }

    @PostMapping
    CallDetailView send(@RequestBody DataCallService.SendCommand cmd, CurrentUser user) {
        return reads.detail(user, service.send(user, cmd).getId());
    }

    @GetMapping("/{id}")
    CallDetailView get(@PathVariable long id, CurrentUser user) {
        return reads.detail(user, id);
    }

    @GetMapping("/{id}/consolidated")
    ConsolidationView consolidated(@PathVariable long id, CurrentUser user, Locale locale) {
        return reads.consolidate(user, id, locale);
    }

    /** Saves or submits an answer; 422 with the field problems when it does not fit the form. */
    @PutMapping("/submissions/{id}")
    @ApiResponse(responseCode = "200", description = "The submission after saving",
            content = @Content(schema = @Schema(implementation = CallDetailView.class)))
    @ApiResponse(responseCode = "422", description = "The answer does not fit the form; nothing saved",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = FormValidator.Problem.class))))
    ResponseEntity<?> answer(@PathVariable long id, @RequestBody AnswerRequest r, CurrentUser user) {
        FormValidator.Result result = service.answer(user, id, r.version(), r.answer(), r.submit());
        if (!result.problems().isEmpty()) {
            return ResponseEntity.unprocessableContent().body(result.problems());
        }
        return ResponseEntity.ok(reads.submission(user, id));
    }

    @PostMapping("/submissions/{id}/accept")
    CallDetailView accept(@PathVariable long id, CurrentUser user) {
        service.accept(user, id);
        return reads.submission(user, id);
    }

    @PostMapping("/submissions/{id}/return")
    CallDetailView returnIt(@PathVariable long id, @RequestBody String comment, CurrentUser user) {
        service.returnWith(user, id, comment);
        return reads.submission(user, id);
    }
}
