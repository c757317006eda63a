package tw.mainstream.statistics.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;
import tw.mainstream.statistics.StatTableView;
import tw.mainstream.statistics.domain.StatTableService;

/** The agency's statistics tables: list, create, view with charts, describe, publish. */
@Controller
class StatTableController {

    private final StatTableService tables;

    StatTableController(StatTableService tables) {
        this.tables = tables;
    }

    @GetMapping("/statistics")
    String list(CurrentUser user, Model model) {
        model.addAttribute("tables", tables.readable(user));
        model.addAttribute("canCreate", user.agencyId() != null && user.canManageAgency(user.agencyId()));
        return "statistics/list";
    }

    @GetMapping("/statistics/tables/new")
    String newForm(@RequestParam(required = false) String preset, Model model) {
        model.addAttribute("form", "staff".equals(preset) ? StatTableForm.staffPreset() : StatTableForm.empty());
        return "statistics/form";
    }

    @PostMapping("/statistics/tables")
    String create(@Valid @ModelAttribute("form") StatTableForm form, BindingResult errors, CurrentUser user,
                  RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return "statistics/form";
        }
        StatTableView created = tables.create(user, null, form.metadata());
        PageActions.success(flash, "statistics.table.created");
        return "redirect:/statistics/tables/" + created.id();
    }

    @GetMapping("/statistics/tables/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        StatTableView table = tables.view(id, user);
        model.addAttribute("table", table);
        model.addAttribute("figures", tables.figures(id, user));
        model.addAttribute("data", tables.data(id, user));
        model.addAttribute("canManage", user.canManageAgency(table.agencyId()));
        return "statistics/table";
    }

    @GetMapping("/statistics/tables/{id}/edit")
    String edit(@PathVariable long id, CurrentUser user, Model model) {
        tables.managedTable(id, user);
        model.addAttribute("form", StatTableForm.of(tables.view(id, user)));
        model.addAttribute("tableId", id);
        return "statistics/form";
    }

    @PostMapping("/statistics/tables/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") StatTableForm form, BindingResult errors,
                  CurrentUser user, Model model, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            model.addAttribute("tableId", id);
            return "statistics/form";
        }
        tables.describe(id, form.version() == null ? -1 : form.version(), user, form.metadata());
        PageActions.success(flash, "app.saved");
        return "redirect:/statistics/tables/" + id;
    }

    @PostMapping("/statistics/tables/{id}/publication")
    String publish(@PathVariable long id, @RequestParam boolean published, CurrentUser user, RedirectAttributes flash) {
        tables.setPublished(id, published, user);
        PageActions.success(flash, published ? "statistics.table.published" : "statistics.table.unpublished");
        return "redirect:/statistics/tables/" + id;
    }
}
