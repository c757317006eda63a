package tw.mainstream.committee.web;

import java.util.Optional;
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
import tw.mainstream.committee.domain.Unit;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;

/** Agencies (admin edits) and their units (admin or the agency's secretariat edits). */
@Controller
class AgencyPageController {
    private final AgencyService agencies;

    AgencyPageController(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GetMapping("/agencies")
    String list(CurrentUser user, Model model) {
        model.addAttribute("form", new AgencyForm());
        return listPage(user, model);
    }

    private String listPage(CurrentUser user, Model model) {
        var list = agencies.list(user);
        model.addAttribute("agencies", list);
        model.addAttribute("agencyNames", list.stream().collect(java.util.stream.Collectors.toMap(Agency::getId,
                Agency::getName)));
        model.addAttribute("canCreate", user.isAdmin());
        return "committee/agencies";
    }

    @PostMapping("/agencies")
    String create(@ModelAttribute("form") AgencyForm form, BindingResult result, CurrentUser user, Model model,
                  RedirectAttributes redirect) {
        Optional<Agency> saved = Forms.save(result,
                () -> agencies.create(form.getName(), form.getShortName(), form.getParentId(), user));
        if (saved.isPresent()) {
            PageActions.success(redirect, "app.saved");
            return "redirect:/agencies/" + saved.get().getId();
        }
        return listPage(user, model);
    }

    @GetMapping("/agencies/{id}")
    String show(@PathVariable Long id, CurrentUser user, Model model) {
        Agency a = agencies.get(id, user);
        model.addAttribute("form", AgencyForm.of(a));
        model.addAttribute("unitForm", new UnitForm());
        return showPage(a, user, model);
    }

    private String showPage(Agency a, CurrentUser user, Model model) {
        model.addAttribute("agency", a);
        model.addAttribute("units", agencies.units(a.getId(), user));
        model.addAttribute("agencies", agencies.list(user));
        model.addAttribute("canEdit", user.isAdmin());
        model.addAttribute("canManageUnits", user.canManageAgency(a.getId()));
        return "committee/agency";
    }

    @PostMapping("/agencies/{id}")
    String update(@PathVariable Long id, @ModelAttribute("form") AgencyForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        Agency a = agencies.get(id, user);
        if (Forms.save(result, () -> agencies.update(id, version(form.getVersion()), form.getName(),
                form.getShortName(), form.getParentId(), user)).isPresent()) {
            PageActions.success(redirect, "app.saved");
            return "redirect:/agencies/" + id;
        }
        model.addAttribute("unitForm", new UnitForm());
        return showPage(a, user, model);
    }

    @PostMapping("/agencies/{id}/units")
    String createUnit(@PathVariable Long id, @ModelAttribute("unitForm") UnitForm form, BindingResult result,
                      CurrentUser user, Model model, RedirectAttributes redirect) {
        Agency a = agencies.get(id, user);
        if (Forms.save(result,
                () -> agencies.createUnit(id, form.getName(), Forms.required(form.getSortOrder(), "sortOrder"), user))
                .isPresent()) {
            PageActions.success(redirect, "app.saved");
            return "redirect:/agencies/" + id;
        }
        model.addAttribute("form", AgencyForm.of(a));
        return showPage(a, user, model);
    }

    @GetMapping("/agencies/{id}/units/{unitId}/edit")
    String editUnit(@PathVariable Long id, @PathVariable Long unitId, CurrentUser user, Model model) {
        Unit u = unit(id, unitId, user);
        model.addAttribute("unit", u);
        model.addAttribute("agency", agencies.get(id, user));
        model.addAttribute("unitForm", UnitForm.of(u));
        return "committee/unit-edit";
    }

    @PostMapping("/agencies/{id}/units/{unitId}/edit")
    String updateUnit(@PathVariable Long id, @PathVariable Long unitId, @ModelAttribute("unitForm") UnitForm form,
                      BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        Unit u = unit(id, unitId, user);
        if (Forms.save(result, () -> agencies.updateUnit(unitId, version(form.getVersion()), form.getName(),
                Forms.required(form.getSortOrder(), "sortOrder"), form.isActive(), user)).isPresent()) {
            PageActions.success(redirect, "app.saved");
            return "redirect:/agencies/" + id;
        }
        model.addAttribute("unit", u);
        model.addAttribute("agency", agencies.get(id, user));
        return "committee/unit-edit";
    }

    private Unit unit(Long agencyId, Long unitId, CurrentUser user) {
        Unit u = agencies.unit(unitId, user);
        if (!u.getAgencyId().equals(agencyId)) {
            throw new tw.mainstream.shared.domain.NotFoundException("unit", unitId);
        }
        return u;
    }

    static long version(Long v) {
        return CommitteeApiSupport.requireVersion(v);
    }
}
