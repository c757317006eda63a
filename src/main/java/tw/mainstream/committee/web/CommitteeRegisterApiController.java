package tw.mainstream.committee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.committee.domain.OtherCommitteeService;
import tw.mainstream.committee.web.ApiModels.CommitteeJson;
import tw.mainstream.committee.web.ApiModels.CommitteeRequest;
import tw.mainstream.shared.security.CurrentUser;

@RestController
@RequestMapping("/api/v1/committees")
@Tag(name = "committees", description = "機關其他委員會登錄與三分之一檢核")
class CommitteeRegisterApiController extends CommitteeApiSupport {
    private final OtherCommitteeService committees;

    CommitteeRegisterApiController(OtherCommitteeService committees, MessageSource messages) {
        super(messages);
        this.committees = committees;
    }

    @GetMapping
    @Operation(summary = "Committees of the agencies the caller may read, with members by sex and the one-third check")
    List<CommitteeJson> list(CurrentUser user) {
        return committees.list(user).stream().map(CommitteeJson::of).toList();
    }

    @GetMapping("/{id}")
    CommitteeJson get(@PathVariable Long id, CurrentUser user) {
        return CommitteeJson.of(committees.get(id, user));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommitteeJson create(@Valid @RequestBody CommitteeRequest r, CurrentUser user) {
        return CommitteeJson.of(committees.create(r.agencyId(), r.name(), r.women(), r.men(), r.other() == null ? 0 : r.other(), r.note(), user));
    }

    @PutMapping("/{id}")
    CommitteeJson update(@PathVariable Long id, @Valid @RequestBody CommitteeRequest r, CurrentUser user) {
        return CommitteeJson.of(committees.update(id, requireVersion(r.version()), r.name(), r.women(), r.men(),
                r.other() == null ? 0 : r.other(), r.note(), user));
    }
}
