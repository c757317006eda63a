package tw.mainstream.tracking.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.FragmentRenderer;
import tw.mainstream.shared.web.PageActions;
import tw.mainstream.tracking.domain.FollowUpColumn;
import tw.mainstream.tracking.domain.FollowUpService;
import tw.mainstream.tracking.domain.FollowUpTable;
import tw.mainstream.tracking.domain.SettingService;

/**
 * The follow-up table of the next (or a given) meeting, where the meeting's decisions are recorded;
 * its columns are set per task force. {@code format=html} gives a standalone printable page.
 */
@Controller
class FollowUpController {

    private final FollowUpService followUp;
    private final SettingService settings;
    private final ReadableTaskForces taskForces;
    private final FragmentRenderer fragments;

    FollowUpController(FollowUpService followUp, SettingService settings, ReadableTaskForces taskForces,
                       FragmentRenderer fragments) {
        this.fragments = fragments;
        this.followUp = followUp;
        this.settings = settings;
        this.taskForces = taskForces;
    }

    @GetMapping("/tracking/follow-up")
    String table(@RequestParam(required = false) Long taskForceId, @RequestParam(required = false) LocalDate date,
                 @RequestParam(required = false) String format, @RequestParam(defaultValue = "false") boolean decide,
                 @RequestParam(defaultValue = "0") int page,
                 CurrentUser user, Model model, Locale locale, HttpServletRequest request,
                 HttpServletResponse response) {
        TaskForceView tf = taskForces.choose(user, taskForceId);
        int pageOrAll = "html".equals(format) ? -1 : Math.max(page, 0);
        FollowUpTable table = followUp.table(user, tf.id(), date, pageOrAll);
        model.addAttribute("tableHtml", followUp.rendered(user, tf.id(), date, pageOrAll, t -> fragments.render(
                "tracking/follow-up-table", "table", Map.of("table", t), locale, request, response)));
        model.addAttribute("tf", tf);
        model.addAttribute("taskForces", taskForces.of(user));
        model.addAttribute("table", table);
        model.addAttribute("setting", settings.of(tf.id()));
        model.addAttribute("allColumns", FollowUpColumn.values());
        model.addAttribute("decide", decide);
        model.addAttribute("manage", user.canManageAgency(tf.agencyId()));
        return "html".equals(format) ? "tracking/follow-up-print" : "tracking/follow-up";
    }

    @PostMapping("/tracking/follow-up/settings")
    String saveSettings(@RequestParam Long taskForceId, @RequestParam(required = false) List<FollowUpColumn> columns,
                        @RequestParam(required = false) LocalDate nextMeetingDate,
                        @RequestParam(defaultValue = "7") int reminderDays, CurrentUser user,
                        RedirectAttributes flash) {
        return PageActions.run(flash, "/tracking/follow-up?taskForceId=" + taskForceId, "app.saved",
                () -> settings.update(user, taskForceId, columns == null ? List.of() : columns, nextMeetingDate,
                        reminderDays));
    }
}
