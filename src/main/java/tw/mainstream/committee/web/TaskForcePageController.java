package tw.mainstream.committee.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.committee.domain.AgencyService;
import tw.mainstream.committee.domain.ComplianceService;
import tw.mainstream.committee.domain.MembershipService;
import tw.mainstream.committee.domain.TaskForce;
import tw.mainstream.committee.domain.TaskForceService;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.shared.web.PageActions;

/** The task force page (charter, compliance, current members), the charter form and 委員異動. */
@Controller
class TaskForcePageController {
    private final TaskForceService taskForces;
    private final MembershipService memberships;
    private final ComplianceService compliance;
    private final AgencyService agencies;
    private final Clock clock;

    TaskForcePageController(TaskForceService taskForces, MembershipService memberships, ComplianceService compliance,
                            AgencyService agencies, Clock clock) {
        this.taskForces = taskForces;
        this.memberships = memberships;
        this.compliance = compliance;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/task-forces")
    String list(CurrentUser user, Model model) {
        model.addAttribute("taskForces", taskForces.list(user));
        model.addAttribute("agencyNames", AgencyNames.of(agencies.list(user)));
        return "committee/task-forces";
    }

    @GetMapping("/task-forces/{id}")
    String show(@PathVariable Long id, @RequestParam(required = false) String date, CurrentUser user, Model model) {
        TaskForce tf = taskForces.get(id, user);
        model.addAttribute("taskForce", tf);
        model.addAttribute("agency", agencies.get(tf.getAgencyId(), user));
        model.addAttribute("members", memberships.roster(id, user));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canManage", user.canManageAgency(tf.getAgencyId()));
        addReport(tf, date, user, model);
        return "committee/task-force";
    }

    /** The compliance panel alone, for htmx; a plain request gets the whole page. */
    @GetMapping("/task-forces/{id}/compliance")
    String compliance(@PathVariable Long id, @RequestParam(required = false) String date,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, CurrentUser user,
                      Model model) {
        if (htmx == null) {
            return show(id, date, user, model);
        }
        TaskForce tf = taskForces.get(id, user);
        model.addAttribute("taskForce", tf);
        addReport(tf, date, user, model);
        return "committee/compliance :: panel";
    }

    private void addReport(TaskForce tf, String date, CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        Optional<LocalDate> parsed = date == null || date.isBlank() ? Optional.of(today) : RocDates.parse(date);
        model.addAttribute("dateText", date == null || date.isBlank() ? RocDates.formatShort(today) : date);
        model.addAttribute("dateError", parsed.isEmpty());
        model.addAttribute("report", compliance.report(tf.getId(), parsed.orElse(today), user));
    }

    @GetMapping("/task-forces/{id}/edit")
    String edit(@PathVariable Long id, CurrentUser user, Model model) {
        TaskForce tf = taskForces.get(id, user);
        user.requireManageAgency(tf.getAgencyId());
        model.addAttribute("taskForce", tf);
        model.addAttribute("form", CharterForm.of(tf));
        return "committee/charter-edit";
    }

    @PostMapping("/task-forces/{id}/edit")
    String update(@PathVariable Long id, @ModelAttribute("form") CharterForm form, BindingResult result,
                  CurrentUser user, Model model, RedirectAttributes redirect) {
        TaskForce tf = taskForces.get(id, user);
        user.requireManageAgency(tf.getAgencyId());
        if (Forms.save(result, () -> taskForces.update(id, AgencyPageController.version(form.getVersion()),
                form.getName(), form.toInput(), user)).isPresent()) {
            PageActions.success(redirect, "app.saved");
            return "redirect:/task-forces/" + id;
        }
        model.addAttribute("taskForce", tf);
        return "committee/charter-edit";
    }

    @GetMapping("/task-forces/{id}/changes")
    String changes(@PathVariable Long id, CurrentUser user, Model model) {
        model.addAttribute("taskForce", taskForces.get(id, user));
        model.addAttribute("changes", memberships.changes(id, user));
        return "committee/changes";
    }
}
