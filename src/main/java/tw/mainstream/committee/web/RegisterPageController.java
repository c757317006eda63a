package tw.mainstream.committee.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.committee.domain.Agency;
import tw.mainstream.committee.domain.AgencyService;
import tw.mainstream.committee.domain.OtherCommittee;
import tw.mainstream.committee.domain.OtherCommitteeService;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;

/** The register of the agency's other committees, with the one-third check; oversight reads sub-agencies. */
@Controller
class RegisterPageController {
    private final OtherCommitteeService committees;
    private final AgencyService agencies;

    RegisterPageController(OtherCommitteeService committees, AgencyService agencies) {
        this.committees = committees;
        this.agencies = agencies;
    }

    @GetMapping("/committees")
    String list(CurrentUser user, Model model) {
        CommitteeForm form = new CommitteeForm();
        form.setAgencyId(user.agencyId());
        model.addAttribute("form", form);
        return listPage(user, model);
    }

    private String listPage(CurrentUser user, Model model) {
        List<Agency> readable = agencies.list(user);
        model.addAttribute("committees", committees.list(user));
        model.addAttribute("agencyNames", AgencyNames.of(readable));
        model.addAttribute("manageable", readable.stream().filter(a -> user.canManageAgency(a.getId())).toList());
        return "committee/committees";
    }

    @PostMapping("/committees")
    String create(@ModelAttribute("form") CommitteeForm form, BindingResult result, CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        if (Forms.save(result, () -> committees.create(form.getAgencyId(), form.getName(),
                Forms.required(form.getWomen(), "women"), Forms.required(form.getMen(), "men"),
                Forms.required(form.getOther(), "other"), form.getNote(), user)).isPresent()) {
            PageActions.success(redirect, "app.saved");
            return "redirect:/committees";
        }
        return listPage(user, model);
    }

    @GetMapping("/committees/{id}/edit")
    String edit(@PathVariable Long id, CurrentUser user, Model model) {
        OtherCommittee c = committees.get(id, user);
        user.requireManageAgency(c.getAgencyId());
        model.addAttribute("committee", c);
        model.addAttribute("form", CommitteeForm.of(c));
        return "committee/committee-edit";
    }

    @PostMapping("/committees/{id}/edit")
    String update(@PathVariable Long id, @ModelAttribute("form") CommitteeForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        OtherCommittee c = committees.get(id, user);
        user.requireManageAgency(c.getAgencyId());
        if (Forms.save(result, () -> committees.update(id, AgencyPageController.version(form.getVersion()),
                form.getName(), Forms.required(form.getWomen(), "women"), Forms.required(form.getMen(), "men"),
                Forms.required(form.getOther(), "other"), form.getNote(), user)).isPresent()) {
            PageActions.success(redirect, "app.saved");
            return "redirect:/committees";
        }
        model.addAttribute("committee", c);
        return "committee/committee-edit";
    }
}
