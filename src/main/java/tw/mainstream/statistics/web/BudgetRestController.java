package tw.mainstream.statistics.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.statistics.BudgetComparison;
import tw.mainstream.statistics.GenderBudgetView;
import tw.mainstream.statistics.TrainingSummary;
import tw.mainstream.statistics.budget.GenderBudgetService;
import tw.mainstream.statistics.training.TrainingService;
import tw.mainstream.shared.time.RocDates;

/** JSON API of the gender budget (fiscal years in ROC) and the training figures. */
@RestController
@RequestMapping("/api/v1")
class BudgetRestController {

    private final GenderBudgetService budget;
    private final TrainingService training;

    BudgetRestController(GenderBudgetService budget, TrainingService training) {
        this.budget = budget;
        this.training = training;
    }

    @GetMapping("/gender-budget")
    List<GenderBudgetView> items(@RequestParam int year, @RequestParam(required = false) Long agency, CurrentUser user) {
        return budget.items(agency != null ? agency : BudgetController.agencyOf(user), year, user);
    }

    @GetMapping("/gender-budget/comparison")
    BudgetComparison comparison(@RequestParam int year, @RequestParam(required = false) Long agency, CurrentUser user) {
        Long a = agency != null ? agency : BudgetController.agencyOf(user);
        user.requireReadAgency(a);
        return budget.comparison(a, year);
    }

    @PostMapping("/gender-budget")
    @ResponseStatus(HttpStatus.CREATED)
    GenderBudgetView create(@Valid @RequestBody BudgetForm form, CurrentUser user) {
        return budget.create(user, null, form.line());
    }

    @PutMapping("/gender-budget/{id}")
    GenderBudgetView update(@PathVariable long id, @Valid @RequestBody BudgetForm form, CurrentUser user) {
        return budget.update(id, form.version() == null ? -1 : form.version(), user, form.line());
    }

    @DeleteMapping("/gender-budget/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, CurrentUser user) {
        budget.delete(id, user);
    }

    @GetMapping("/training/summary")
    TrainingSummary trainingSummary(@RequestParam int year, @RequestParam(required = false) Long agency, CurrentUser user) {
        Long a = agency != null ? agency : BudgetController.agencyOf(user);
        user.requireReadAgency(a);
        return training.summary(a, RocDates.gregorianYear(year));
    }
}
