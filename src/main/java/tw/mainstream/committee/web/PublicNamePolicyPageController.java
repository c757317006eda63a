package tw.mainstream.committee.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.committee.domain.AgencyService;
import tw.mainstream.committee.domain.PublicNamePolicyService;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.text.NameMasking;
import tw.mainstream.shared.web.PageActions;

/**
 * The agency's public-name policy page (公開姓名原則): read by the agency, changed by its secretariat or
 * an administrator; a stale form comes back with the conflict message, nothing saved.
 */
@Controller
class PublicNamePolicyPageController {

    private final AgencyService agencies;
    private final PublicNamePolicyService policies;

    PublicNamePolicyPageController(AgencyService agencies, PublicNamePolicyService policies) {
        this.agencies = agencies;
        this.policies = policies;
    }

    @GetMapping("/agencies/{id}/public-names")
    String show(@PathVariable Long id, CurrentUser user, Model model) {
        model.addAttribute("agency", agencies.get(id, user));
        model.addAttribute("policy", policies.get(id, user));
        model.addAttribute("historyId", policies.historyId(id, user));
        model.addAttribute("styles", NameMasking.Style.values());
        model.addAttribute("canManage", user.canManageAgency(id));
        return "committee/public-names";
    }

    @PostMapping("/agencies/{id}/public-names")
    String update(@PathVariable Long id, @RequestParam long version,
                  @RequestParam(defaultValue = "false") boolean maskMembers,
                  @RequestParam(defaultValue = "false") boolean maskStaff,
                  @RequestParam(defaultValue = "false") boolean maskPrivate,
                  @RequestParam(defaultValue = "MIDDLE") NameMasking.Style style,
                  CurrentUser user, RedirectAttributes redirect) {
        return PageActions.run(redirect, "/agencies/" + id + "/public-names", "app.saved",
                () -> policies.update(id, version, maskMembers, maskStaff, maskPrivate, style, user));
    }
}
