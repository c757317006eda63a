package tw.mainstream.committee.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.committee.domain.PublicNamePolicyService;
import tw.mainstream.shared.privacy.PublicNamePolicyView;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.text.NameMasking;

/** The agency's public-name policy as JSON: which names every public output shows in full. */
@RestController
@RequestMapping("/api/v1/agencies/{id}/public-name-policy")
@Tag(name = "agencies", description = "機關與單位")
class PublicNamePolicyApiController extends CommitteeApiSupport {

    private final PublicNamePolicyService policies;

    PublicNamePolicyApiController(PublicNamePolicyService policies, MessageSource messages) {
        super(messages);
        this.policies = policies;
    }

    @GetMapping
    @Operation(summary = "The agency's public-name policy (default: members and officials shown, staff and private persons masked)")
    PublicNamePolicyJson get(@PathVariable Long id, CurrentUser user) {
        return PublicNamePolicyJson.of(policies.get(id, user));
    }

    @PutMapping
    @Operation(summary = "Change the agency's public-name policy (its secretariat or an administrator; version 0 while the agency follows the default)")
    PublicNamePolicyJson update(@PathVariable Long id, @Valid @RequestBody PublicNamePolicyRequest r, CurrentUser user) {
        return PublicNamePolicyJson.of(policies.update(id, requireVersion(r.version()), r.maskMembers(), r.maskStaff(),
                r.maskPrivate(), r.maskStyle(), user));
    }

    @Schema(name = "PublicNamePolicy")
    record PublicNamePolicyJson(Long agencyId, boolean maskMembers, boolean maskStaff, boolean maskPrivate,
                                NameMasking.Style maskStyle, long version) {
        static PublicNamePolicyJson of(PublicNamePolicyView p) {
            return new PublicNamePolicyJson(p.agencyId(), p.maskMembers(), p.maskStaff(), p.maskPrivate(), p.style(),
                    p.version());
        }
    }

    @Schema(name = "PublicNamePolicyRequest")
    record PublicNamePolicyRequest(@NotNull Boolean maskMembers, @NotNull Boolean maskStaff,
                                   @NotNull Boolean maskPrivate, NameMasking.Style maskStyle, Long version) {
    }
}
