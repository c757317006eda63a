package tw.mainstream.tracking.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.ForbiddenException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;
import tw.mainstream.tracking.domain.DueKind;
import tw.mainstream.tracking.domain.ItemQueries;
import tw.mainstream.tracking.domain.OpenItemCommand;
import tw.mainstream.tracking.domain.Origin;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackingService;

/** The secretariat opens an item (e.g. handed down by a higher body) or edits an open one. */
@Controller
class ItemFormController {

    private final TrackingService tracking;
    private final ItemQueries queries;
    private final CommitteeApi committee;

    ItemFormController(TrackingService tracking, ItemQueries queries, CommitteeApi committee) {
        this.tracking = tracking;
        this.queries = queries;
        this.committee = committee;
    }

    @GetMapping("/tracking/items/new")
    String newForm(CurrentUser user, Model model) {
        if (user.agencyId() == null || !user.canManageAgency(user.agencyId())) {
            throw new ForbiddenException();
        }
        model.addAttribute("taskForces", committee.taskForcesOf(user.agencyId()));
        model.addAttribute("units", committee.units(user.agencyId()));
        model.addAttribute("item", null);
        return "tracking/item-form";
    }

    @PostMapping("/tracking/items")
    String create(@RequestParam Long taskForceId, @RequestParam(defaultValue = "") String content,
                  @RequestParam(required = false) Long leadUnitId,
                  @RequestParam(required = false) List<Long> supportingUnitIds,
                  @RequestParam(defaultValue = "NEXT_MEETING") DueKind dueKind,
                  @RequestParam(required = false) LocalDate dueDate,
                  @RequestParam(defaultValue = "") String originLabel,
                  @RequestParam(required = false) LocalDate originDate, CurrentUser user, RedirectAttributes flash) {
        TrackedItem[] created = new TrackedItem[1];
        return PageActions.run(flash, () -> created[0] == null ? "/tracking/items/new" : "/tracking/items/" + created[0].getId(),
                "tracking.item.created", () -> created[0] = tracking.open(user, new OpenItemCommand(taskForceId,
                        content, leadUnitId, ItemController.ids(supportingUnitIds), dueKind, dueDate,
                        Origin.external(originLabel, originDate))));
    }

    @GetMapping("/tracking/items/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        TrackedItem item = tracking.get(user, id);
        if (!user.canManageAgency(item.getAgencyId())) {
            throw new ForbiddenException();
        }
        model.addAttribute("item", queries.detail(user, id).item());
        model.addAttribute("units", committee.units(item.getAgencyId()));
        model.addAttribute("taskForces", committee.taskForcesOf(item.getAgencyId()));
        return "tracking/item-form";
    }

    @PostMapping("/tracking/items/{id}")
    String update(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String content,
                  @RequestParam(required = false) Long leadUnitId,
                  @RequestParam(required = false) List<Long> supportingUnitIds,
                  @RequestParam(defaultValue = "NEXT_MEETING") DueKind dueKind,
                  @RequestParam(required = false) LocalDate dueDate,
                  @RequestParam(defaultValue = "") String remarks, CurrentUser user, RedirectAttributes flash) {
        return PageActions.run(flash, "/tracking/items/" + id, "tracking.item.updated", () -> tracking.edit(user, id, version,
                content, leadUnitId, ItemController.ids(supportingUnitIds), dueKind, dueDate, remarks));
    }

    @PostMapping("/tracking/items/{id}/remarks")
    String remark(@PathVariable long id, @RequestParam(required = false) LocalDate on,
                  @RequestParam(defaultValue = "") String text, CurrentUser user, RedirectAttributes flash) {
        return PageActions.run(flash, "/tracking/items/" + id, "tracking.remark.saved",
                () -> tracking.addRemark(user, id, on, text));
    }
}
