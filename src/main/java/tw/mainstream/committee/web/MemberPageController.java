package tw.mainstream.committee.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.committee.domain.MemberRow;
import tw.mainstream.committee.domain.MembershipService;
import tw.mainstream.committee.domain.TaskForce;
import tw.mainstream.committee.domain.TaskForceService;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;

/** Appointing, editing and ending memberships. */
@Controller
class MemberPageController {
    private final TaskForceService taskForces;
    private final MembershipService memberships;
    private final Clock clock;

    MemberPageController(TaskForceService taskForces, MembershipService memberships, Clock clock) {
        this.taskForces = taskForces;
        this.memberships = memberships;
        this.clock = clock;
    }

    @GetMapping("/task-forces/{id}/members/new")
    String newMember(@PathVariable Long id, CurrentUser user, Model model) {
        TaskForce tf = manage(id, user);
        MemberForm form = new MemberForm();
        form.setAppointedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return formPage(tf, null, user, model);
    }

    @PostMapping("/task-forces/{id}/members/new")
    String add(@PathVariable Long id, @ModelAttribute("form") MemberForm form, BindingResult result,
               CurrentUser user, Model model, RedirectAttributes redirect) {
        TaskForce tf = manage(id, user);
        if (Forms.save(result, () -> memberships.add(id, form.toInput(), user)).isPresent()) {
            PageActions.success(redirect, "committee.member.added");
            return "redirect:/task-forces/" + id;
        }
        return formPage(tf, null, user, model);
    }

    @GetMapping("/task-forces/{id}/memberships/{mid}/edit")
    String edit(@PathVariable Long id, @PathVariable Long mid, CurrentUser user, Model model) {
        TaskForce tf = manage(id, user);
        MemberRow row = memberships.get(id, mid, user);
        model.addAttribute("form", MemberForm.of(row));
        EndForm end = new EndForm();
        end.setVersion(row.membership().getVersion());
        end.setEndedOn(LocalDate.now(clock));
        model.addAttribute("endForm", end);
        return formPage(tf, row, user, model);
    }

    @PostMapping("/task-forces/{id}/memberships/{mid}/edit")
    String update(@PathVariable Long id, @PathVariable Long mid, @ModelAttribute("form") MemberForm form,
                  BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        TaskForce tf = manage(id, user);
        MemberRow row = memberships.get(id, mid, user);
        if (Forms.save(result, () -> memberships.update(id, mid, AgencyPageController.version(form.getVersion()),
                form.toInput(), user)).isPresent()) {
            PageActions.success(redirect, "app.saved");
            return "redirect:/task-forces/" + id;
        }
        EndForm end = new EndForm();
        end.setVersion(row.membership().getVersion());
        model.addAttribute("endForm", end);
        return formPage(tf, row, user, model);
    }

    @PostMapping("/task-forces/{id}/memberships/{mid}/end")
    String end(@PathVariable Long id, @PathVariable Long mid, @ModelAttribute("endForm") EndForm form,
               BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        TaskForce tf = manage(id, user);
        MemberRow row = memberships.get(id, mid, user);
        if (Forms.save(result, () -> memberships.end(id, mid, AgencyPageController.version(form.getVersion()),
                form.getEndedOn(), form.getEndReason(), user)).isPresent()) {
            PageActions.success(redirect, "committee.member.ended");
            return "redirect:/task-forces/" + id;
        }
        model.addAttribute("form", MemberForm.of(row));
        return formPage(tf, row, user, model);
    }

    private TaskForce manage(Long id, CurrentUser user) {
        TaskForce tf = taskForces.get(id, user);
        user.requireManageAgency(tf.getAgencyId());
        return tf;
    }

    private String formPage(TaskForce tf, MemberRow row, CurrentUser user, Model model) {
        model.addAttribute("taskForce", tf);
        model.addAttribute("row", row);
        model.addAttribute("people", memberships.people(tf.getId(), user));
        return "committee/member-form";
    }
}
