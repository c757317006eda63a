package tw.mainstream.committee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.committee.domain.ComplianceService;
import tw.mainstream.committee.domain.TaskForceService;
import tw.mainstream.committee.web.ApiModels.ComplianceJson;
import tw.mainstream.committee.web.ApiModels.TaskForceJson;
import tw.mainstream.committee.web.ApiModels.TaskForceRequest;
import tw.mainstream.shared.security.CurrentUser;

@RestController
@RequestMapping("/api/v1/task-forces")
@Tag(name = "task-forces", description = "性別平等專案小組與設置要點")
class TaskForceApiController extends CommitteeApiSupport {
    private final TaskForceService taskForces;
    private final ComplianceService compliance;
    private final ComplianceMessages texts;
    private final Clock clock;

    TaskForceApiController(TaskForceService taskForces, ComplianceService compliance, ComplianceMessages texts,
                           MessageSource messages, Clock clock) {
        super(messages);
        this.taskForces = taskForces;
        this.compliance = compliance;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Task forces the caller may read")
    List<TaskForceJson> list(CurrentUser user) {
        return taskForces.list(user).stream().map(TaskForceJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A task force with its charter")
    TaskForceJson get(@PathVariable Long id, CurrentUser user) {
        return TaskForceJson.of(taskForces.get(id, user));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TaskForceJson create(@Valid @RequestBody TaskForceRequest r, CurrentUser user) {
        return TaskForceJson.of(taskForces.create(r.agencyId(), r.name(), r.charter(), user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename and change the charter; send the version you read")
    TaskForceJson update(@PathVariable Long id, @Valid @RequestBody TaskForceRequest r, CurrentUser user) {
        return TaskForceJson.of(taskForces.update(id, requireVersion(r.version()), r.name(), r.charter(), user));
    }

    @GetMapping("/{id}/compliance")
    @Operation(summary = "Compliance with the charter on a date (ISO 2022-07-25 or ROC 111/7/25; default today)")
    ComplianceJson compliance(@PathVariable Long id, @Parameter(example = "111/7/25") @RequestParam(required = false)
                              String date, CurrentUser user, Locale locale) {
        LocalDate on = date(date, LocalDate.now(clock));
        return texts.json(compliance.report(id, on, user), locale);
    }
}
