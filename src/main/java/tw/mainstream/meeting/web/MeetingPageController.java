package tw.mainstream.meeting.web;

import java.time.LocalTime;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MeetingKind;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.domain.MeetingAccess;
import tw.mainstream.meeting.domain.MeetingQueries;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.meeting.domain.NoticeService;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;

/** Meetings of the user's task forces, scheduling, and one meeting's overview with its state actions. */
@Controller
class MeetingPageController {

    private final MeetingApi api;
    private final MeetingQueries reads;
    private final MeetingService meetings;
    private final NoticeService notices;
    private final MeetingAccess access;
    private final CommitteeApi committee;

    MeetingPageController(MeetingApi api, MeetingQueries reads, MeetingService meetings, NoticeService notices,
                          MeetingAccess access, CommitteeApi committee) {
        this.api = api;
        this.reads = reads;
        this.meetings = meetings;
        this.notices = notices;
        this.access = access;
        this.committee = committee;
    }

    @GetMapping("/meetings")
    String list(CurrentUser user, Model model) {
        var taskForces = user.agencyId() == null ? java.util.List.<tw.mainstream.committee.TaskForceView>of()
                : user.readableAgencies().stream().flatMap(a -> committee.taskForcesOf(a).stream()).toList();
        model.addAttribute("groups", taskForces.stream()
                .map(tf -> new TaskForceMeetings(tf, api.meetingsOf(tf.id(), user), user.canManageAgency(tf.agencyId())))
                .toList());
        return "meeting/list";
    }

    record TaskForceMeetings(tw.mainstream.committee.TaskForceView taskForce,
                             java.util.List<tw.mainstream.meeting.MeetingView> meetings, boolean canManage) {
    }

    @GetMapping("/meetings/new")
    String newForm(@RequestParam Long taskForceId, CurrentUser user, Model model) {
        model.addAttribute("meetingForm", MeetingForm.empty(taskForceId));
        return form(taskForceId, user, model);
    }

    private String form(Long taskForceId, CurrentUser user, Model model) {
        var tf = meetings.taskForce(taskForceId, user);
        user.requireManageAgency(tf.agencyId());
        model.addAttribute("taskForce", tf);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("styles", MeetingStyle.values());
        return "meeting/new";
    }

    /**
     * Schedules a meeting; a date or time that cannot be read is shown beside its field, a refusal above the
     * form, and the form keeps what was typed.
     */
    @PostMapping("/meetings")
    String create(@ModelAttribute("meetingForm") MeetingForm form, BindingResult binding,
                  @RequestParam Map<String, String> typed, CurrentUser user, Model model, RedirectAttributes ra) {
        if (binding.hasErrors()) {
            return form(taskForceOf(typed), user, model);
        }
        try {
            Long id = meetings.create(form.taskForceId(), form.draft(), user).getId();
            PageActions.success(ra, "meeting.flash.created");
            return "redirect:/meetings/" + id;
        } catch (tw.mainstream.shared.domain.DomainException e) {
            PageActions.error(model, e);
            return form(form.taskForceId(), user, model);
        }
    }

    private static Long taskForceOf(Map<String, String> typed) {
        try {
            return Long.valueOf(typed.getOrDefault("taskForceId", ""));
        } catch (NumberFormatException e) {
            throw new tw.mainstream.shared.domain.DomainException("error.badParameter", 400, "taskForceId");
        }
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable Long id, CurrentUser user, Model model) {
        var m = access.read(id, user);
        model.addAttribute("meeting", reads.view(m));
        model.addAttribute("minutes", reads.minutesState(id, user));
        model.addAttribute("canManage", access.canManage(m, user));
        model.addAttribute("notice", notices.notice(id, user));
        return "meeting/show";
    }

    @PostMapping("/meetings/{id}/notice")
    String sendNotice(@PathVariable Long id, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id, "meeting.flash.noticeSent", () -> notices.send(id, user));
    }

    @PostMapping("/meetings/{id}/postpone")
    String postpone(@PathVariable Long id, @RequestParam String reason, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id, "app.saved", () -> meetings.postpone(id, reason, user));
    }

    @PostMapping("/meetings/{id}/cancel")
    String cancel(@PathVariable Long id, @RequestParam String reason, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id, "app.saved", () -> meetings.cancel(id, reason, user));
    }

    @PostMapping("/meetings/{id}/record")
    String record(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String openingRemarks,
                  @RequestParam(required = false) String chairConclusion,
                  @RequestParam(required = false) LocalTime adjournedAt,
                  CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/minutes/edit", "app.saved",
                () -> meetings.record(id, version, openingRemarks, chairConclusion, adjournedAt, user));
    }

}
