package tw.mainstream.statistics.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.shared.web.PageActions;
import tw.mainstream.statistics.training.TrainingService;

/** Gender training: courses, the staff headcount and the year's participation rates. */
@Controller
class TrainingController {

    private final TrainingService training;
    private final tw.mainstream.committee.CommitteeApi committee;
    private final Clock clock;

    TrainingController(TrainingService training, tw.mainstream.committee.CommitteeApi committee, Clock clock) {
        this.training = training;
        this.committee = committee;
        this.clock = clock;
    }

    @GetMapping("/training")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long agencyId,
                CurrentUser user, Model model) {
        Long agency = BudgetController.shownAgency(user, agencyId, committee, model);
        var all = training.courses(agency, user);
        // without a year asked for: the latest year with courses, not an empty current year
        int roc = year != null ? year : all.stream().map(c -> RocDates.rocYear(c.heldOn()))
                .max(Integer::compare).orElse(RocDates.rocYear(LocalDate.now(clock)));
        model.addAttribute("year", roc);
        model.addAttribute("courses", all.stream().filter(c -> RocDates.rocYear(c.heldOn()) == roc).toList());
        model.addAttribute("summary", training.summary(agency, RocDates.gregorianYear(roc)));
        // courses and headcounts are entered for the user's own agency (an administrator enters none)
        model.addAttribute("canManage", user.canManageAgency(agency) && agency.equals(user.agencyId()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", TrainingForm.empty());
        }
        model.addAttribute("formats", TrainingService.FORMATS);
        return "statistics/training";
    }

    @PostMapping("/training/courses")
    String create(@Valid @ModelAttribute("form") TrainingForm form, BindingResult errors, CurrentUser user, Model model,
                  RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return list(null, null, user, model);
        }
        var saved = training.create(user, form.view());
        PageActions.success(flash, "app.saved");
        return "redirect:/training?year=" + RocDates.rocYear(saved.heldOn());
    }

    @PostMapping("/training/headcount")
    String headcount(@RequestParam int year, @RequestParam int managersMale, @RequestParam int managersFemale,
                     @RequestParam int staffMale, @RequestParam int staffFemale, CurrentUser user,
                     RedirectAttributes flash) {
        if (managersMale < 0 || managersFemale < 0 || staffMale < 0 || staffFemale < 0) {
            throw tw.mainstream.shared.domain.DomainException.invalid("training.error.headcount");
        }
        training.setHeadcount(user, BudgetController.agencyOf(user), RocDates.gregorianYear(year),
                new int[] {managersMale, managersFemale, staffMale, staffFemale});
        PageActions.success(flash, "app.saved");
        return "redirect:/training?year=" + year;
    }
}
