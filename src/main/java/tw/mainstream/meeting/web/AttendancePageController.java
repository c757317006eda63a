package tw.mainstream.meeting.web;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.meeting.domain.AttendanceStatus;
import tw.mainstream.meeting.domain.MeetingDocumentQueries;
import tw.mainstream.meeting.domain.NameCategory;
import tw.mainstream.meeting.domain.AttendanceService;
import tw.mainstream.meeting.domain.MeetingAccess;
import tw.mainstream.meeting.domain.MeetingQueries;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;

/** The sign-in: one row per member, the quorum, observers, and the fee list. */
@Controller
class AttendancePageController {

    private final MeetingDocumentQueries api;
    private final MeetingQueries reads;
    private final AttendanceService attendance;
    private final MeetingAccess access;

    AttendancePageController(MeetingDocumentQueries api, MeetingQueries reads, AttendanceService attendance, MeetingAccess access) {
        this.api = api;
        this.reads = reads;
        this.attendance = attendance;
        this.access = access;
    }

    @GetMapping("/meetings/{id}/attendance")
    String page(@PathVariable Long id, CurrentUser user, Model model) {
        return show(id, user, model, null);
    }

    private String show(Long id, CurrentUser user, Model model, AttendanceSheetForm typed) {
        var m = access.read(id, user);
        boolean manage = access.canManage(m, user);
        var members = api.attendance(id, user);
        model.addAttribute("meeting", reads.view(m));
        model.addAttribute("rows", typed == null ? AttendanceSheetForm.rowsOf(members) : typed.typedOver(members));
        model.addAttribute("observers", api.observers(id, user));
        model.addAttribute("quorum", api.quorum(id, user));
        model.addAttribute("fees", manage ? attendance.fees(id, user) : java.util.List.of());
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("categories", NameCategory.values());
        model.addAttribute("canManage", manage);
        model.addAttribute("canEdit", manage && m.getStatus().minutesEditable());
        return "meeting/attendance";
    }

    /** The whole sheet in one save; on a refusal the page comes back with what was typed. */
    @PostMapping("/meetings/{id}/attendance")
    String saveAll(@PathVariable Long id, AttendanceSheetForm form, CurrentUser user, Model model,
                   RedirectAttributes ra) {
        try {
            attendance.markAll(id, form.entries(), user);
        } catch (DomainException e) {
            PageActions.error(model, e);
            return show(id, user, model, form);
        } catch (ObjectOptimisticLockingFailureException e) {
            PageActions.error(model, "error.conflict");
            return show(id, user, model, form);
        }
        PageActions.success(ra, "meeting.flash.attendanceSaved");
        return "redirect:/meetings/" + id + "/attendance";
    }

    @PostMapping("/meetings/{id}/attendance/{attendanceId}")
    String mark(@PathVariable Long id, @PathVariable Long attendanceId, @RequestParam long version,
                @RequestParam AttendanceStatus status, @RequestParam(required = false) String proxyName,
                CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/attendance", "app.saved",
                () -> attendance.mark(id, attendanceId, version, status, proxyName, user));
    }

    @PostMapping("/meetings/{id}/observers")
    String addObserver(@PathVariable Long id, @RequestParam String name, @RequestParam(required = false) String affiliation,
                       @RequestParam(required = false) NameCategory category, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/attendance", "app.saved",
                () -> attendance.addObserver(id, name, affiliation, category, user));
    }
}
