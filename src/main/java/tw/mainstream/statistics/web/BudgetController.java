package tw.mainstream.statistics.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.sheet.SpreadsheetFiles;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.shared.web.PageActions;
import tw.mainstream.statistics.BudgetCategory;
import tw.mainstream.statistics.GenderBudgetView;
import tw.mainstream.statistics.budget.BudgetExport;
import tw.mainstream.statistics.budget.GenderBudgetService;
import tw.mainstream.statistics.opendata.Sheet;

/** The agency's gender budget by fiscal year: items, comparison with the year before, ODS/XLSX tables. */
@Controller
class BudgetController {

    private final GenderBudgetService budget;
    private final CommitteeApi committee;
    private final Clock clock;

    BudgetController(GenderBudgetService budget, CommitteeApi committee, Clock clock) {
        this.budget = budget;
        this.committee = committee;
        this.clock = clock;
    }

    @GetMapping("/gender-budget")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Long agencyId,
                CurrentUser user, Model model) {
        Long agency = shownAgency(user, agencyId, committee, model);
        int y = year != null ? year : budget.years(agency).stream().findFirst().orElse(RocDates.rocYear(LocalDate.now(clock)));
        model.addAttribute("year", y);
        model.addAttribute("years", budget.years(agency));
        model.addAttribute("items", budget.items(agency, y, user));
        model.addAttribute("comparison", budget.comparison(agency, y));
        model.addAttribute("canManage", user.canManageAgency(agency));
        // new items go to the user's own agency (an administrator enters none)
        model.addAttribute("canAdd", user.canManageAgency(agency) && agency.equals(user.agencyId()));
        return "statistics/budget";
    }

    @GetMapping("/gender-budget/new")
    String newForm(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        user.requireManageAgency(agencyOf(user));
        return form(BudgetForm.empty(year != null ? year : RocDates.rocYear(LocalDate.now(clock))), null, user, model);
    }

    @GetMapping("/gender-budget/{id}/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        return form(BudgetForm.of(budget.item(id, user)), id, user, model);
    }

    @PostMapping("/gender-budget")
    String create(@Valid @ModelAttribute("form") BudgetForm form, BindingResult errors, CurrentUser user, Model model,
                  RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return form(form, null, user, model);
        }
        GenderBudgetView v = budget.create(user, null, form.line());
        PageActions.success(flash, "app.saved");
        return "redirect:/gender-budget?year=" + v.fiscalYear();
    }

    @PostMapping("/gender-budget/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") BudgetForm form, BindingResult errors,
                  CurrentUser user, Model model, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return form(form, id, user, model);
        }
        GenderBudgetView v = budget.update(id, form.version() == null ? -1 : form.version(), user, form.line());
        PageActions.success(flash, "app.saved");
        return "redirect:/gender-budget?year=" + v.fiscalYear();
    }

    @GetMapping("/gender-budget/{kind}.{format}")
    ResponseEntity<byte[]> export(@PathVariable String kind, @PathVariable String format, @RequestParam int year,
                                  @RequestParam(required = false) Long agencyId, CurrentUser user) {
        List<GenderBudgetView> items = budget.items(shownAgency(user, agencyId, committee, null), year, user);
        Sheet sheet = switch (kind) {
            case "planned" -> BudgetExport.planned(year, items);
            case "spent" -> BudgetExport.spent(year, items);
            default -> throw DomainException.invalid("error.badParameter", "kind");
        };
        return switch (format) {
            case "ods" -> file(sheet, "ods", SpreadsheetFiles.ODS_CONTENT_TYPE, SpreadsheetFiles.ods(List.of(sheet.data())));
            case "xlsx" -> file(sheet, "xlsx", SpreadsheetFiles.XLSX_CONTENT_TYPE, SpreadsheetFiles.xlsx(List.of(sheet.data())));
            default -> throw DomainException.invalid("error.badParameter", "format");
        };
    }

    private static ResponseEntity<byte[]> file(Sheet sheet, String ext, String type, byte[] content) {
        return ResponseEntity.ok().header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename(sheet.name() + "." + ext, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .contentType(org.springframework.http.MediaType.parseMediaType(type)).body(content);
    }

    private String form(BudgetForm form, Long id, CurrentUser user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("itemId", id);
        model.addAttribute("units", committee.units(agencyOf(user)));
        model.addAttribute("categories", BudgetCategory.values());
        return "statistics/budget-form";
    }

    /**
     * The agency a page shows: the one asked for (when the user reads it), else the user's own, else the
     * first the user reads (an administrator belongs to none). With a model: the agencies to choose from.
     */
    static Long shownAgency(CurrentUser user, Long requested, CommitteeApi committee, Model model) {
        List<tw.mainstream.committee.AgencyView> readable = committee.readableAgencies(user);
        Long agency = requested;
        if (agency != null) {
            user.requireReadAgency(agency);
        } else {
            agency = user.agencyId() != null ? user.agencyId() : readable.stream().findFirst()
                    .map(tw.mainstream.committee.AgencyView::id)
                    .orElseThrow(() -> DomainException.invalid("statistics.error.noAgency"));
        }
        if (model != null) {
            model.addAttribute("agencyId", agency);
            model.addAttribute("agencies", readable);
        }
        return agency;
    }

    /** The user's own agency, where budget items and training are entered. */
    static Long agencyOf(CurrentUser user) {
        if (user.agencyId() == null) {
            throw DomainException.invalid("statistics.error.noAgency");
        }
        return user.agencyId();
    }
}
