package tw.mainstream.meeting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.MeetingAccess;
import tw.mainstream.meeting.domain.MeetingQueries;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;

/** The agenda editor: items in order with up/down, edit and add; units' proposals with accept/reject. */
@Controller
class AgendaPageController {

    private final MeetingApi api;
    private final MeetingQueries reads;
    private final AgendaService agenda;
    private final MeetingAccess access;
    private final CommitteeApi committee;

    AgendaPageController(MeetingApi api, MeetingQueries reads, AgendaService agenda, MeetingAccess access,
                         CommitteeApi committee) {
        this.api = api;
        this.reads = reads;
        this.agenda = agenda;
        this.access = access;
        this.committee = committee;
    }

    @GetMapping("/meetings/{id}/agenda")
    String page(@PathVariable Long id, CurrentUser user, Model model) {
        var m = access.read(id, user);
        model.addAttribute("meeting", reads.view(m));
        model.addAttribute("items", api.agenda(id, user));
        model.addAttribute("proposals", reads.proposals(id, user));
        model.addAttribute("units", committee.units(m.getAgencyId()));
        model.addAttribute("kinds", AgendaItemKind.values());
        model.addAttribute("canManage", access.canManage(m, user));
        return "meeting/agenda";
    }

    @PostMapping("/meetings/{id}/agenda/items")
    String add(@PathVariable Long id, ItemForm form, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/agenda", "app.saved", () -> agenda.add(id, form.draft(), user));
    }

    @PostMapping("/meetings/{id}/agenda/items/{itemId}")
    String edit(@PathVariable Long id, @PathVariable Long itemId, ItemForm form, CurrentUser user,
                RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/agenda", "app.saved",
                () -> agenda.edit(id, itemId, form.version() == null ? -1 : form.version(), form.draft(), user));
    }

    @PostMapping("/meetings/{id}/agenda/items/{itemId}/move")
    String move(@PathVariable Long id, @PathVariable Long itemId, @RequestParam int direction, CurrentUser user,
                RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/agenda", "app.saved", () -> agenda.move(id, itemId, direction, user));
    }

    @PostMapping("/meetings/{id}/agenda/items/{itemId}/delete")
    String delete(@PathVariable Long id, @PathVariable Long itemId, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/agenda", "app.saved", () -> agenda.remove(id, itemId, user));
    }

    @PostMapping("/meetings/{id}/proposals")
    String propose(@PathVariable Long id, ItemForm form, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/agenda", "meeting.flash.proposed",
                () -> agenda.propose(id, form.unitId(), form.kind(), form.subject(), form.explanation(), user));
    }

    @PostMapping("/meetings/{id}/proposals/{proposalId}/accept")
    String accept(@PathVariable Long id, @PathVariable Long proposalId, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/agenda", "app.saved", () -> agenda.accept(id, proposalId, user));
    }

    @PostMapping("/meetings/{id}/proposals/{proposalId}/reject")
    String reject(@PathVariable Long id, @PathVariable Long proposalId, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/agenda", "app.saved", () -> agenda.reject(id, proposalId, user));
    }

    /** One item of the agenda editor. */
    record ItemForm(AgendaItemKind kind, String subject, String explanation, Long unitId, String unitLabel,
                    Integer coveredCount, String groupLabel, Long version) {
        ItemDraft draft() {
            return new ItemDraft(kind, subject, explanation, unitId, unitLabel, coveredCount, groupLabel);
        }
    }
}
