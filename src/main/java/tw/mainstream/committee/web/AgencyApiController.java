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
import tw.mainstream.committee.domain.AgencyService;
import tw.mainstream.committee.web.ApiModels.AgencyJson;
import tw.mainstream.committee.web.ApiModels.AgencyRequest;
import tw.mainstream.committee.web.ApiModels.UnitJson;
import tw.mainstream.committee.web.ApiModels.UnitRequest;
import tw.mainstream.shared.security.CurrentUser;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "agencies", description = "機關與單位")
class AgencyApiController extends CommitteeApiSupport {
    private final AgencyService agencies;

    AgencyApiController(AgencyService agencies, MessageSource messages) {
        super(messages);
        this.agencies = agencies;
    }

    @GetMapping
    @Operation(summary = "Agencies the caller may read")
    List<AgencyJson> list(CurrentUser user) {
        return agencies.list(user).stream().map(AgencyJson::of).toList();
    }

    @GetMapping("/{id}")
    AgencyJson get(@PathVariable Long id, CurrentUser user) {
        return AgencyJson.of(agencies.get(id, user));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an agency (admin)")
    AgencyJson create(@Valid @RequestBody AgencyRequest r, CurrentUser user) {
        return AgencyJson.of(agencies.create(r.name(), r.shortName(), r.parentId(), user));
    }

    @PutMapping("/{id}")
    AgencyJson update(@PathVariable Long id, @Valid @RequestBody AgencyRequest r, CurrentUser user) {
        return AgencyJson.of(agencies.update(id, requireVersion(r.version()), r.name(), r.shortName(), r.parentId(), user));
    }

    @GetMapping("/{id}/units")
    @Operation(summary = "Units of an agency")
    List<UnitJson> units(@PathVariable Long id, CurrentUser user) {
        return agencies.units(id, user).stream().map(UnitJson::of).toList();
    }

    @PostMapping("/{id}/units")
    @ResponseStatus(HttpStatus.CREATED)
    UnitJson createUnit(@PathVariable Long id, @Valid @RequestBody UnitRequest r, CurrentUser user) {
        return UnitJson.of(agencies.createUnit(id, r.name(), r.sortOrder(), user));
    }

    @PutMapping("/{id}/units/{unitId}")
    UnitJson updateUnit(@PathVariable Long id, @PathVariable Long unitId, @Valid @RequestBody UnitRequest r,
                        CurrentUser user) {
        if (!agencies.unit(unitId, user).getAgencyId().equals(id)) {
            throw new tw.mainstream.shared.domain.NotFoundException("unit", unitId);
        }
        return UnitJson.of(agencies.updateUnit(unitId, requireVersion(r.version()), r.name(), r.sortOrder(),
                r.active() == null || r.active(), user));
    }
}
