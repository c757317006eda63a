package tw.mainstream.meeting.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.domain.MeetingDocumentQueries;
import tw.mainstream.meeting.ResolutionKind;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.meeting.SpeakerKind;
import tw.mainstream.meeting.document.MinutesHtml;
import tw.mainstream.meeting.domain.MeetingAccess;
import tw.mainstream.meeting.domain.MeetingQueries;
import tw.mainstream.meeting.domain.MinutesContentService;
import tw.mainstream.meeting.domain.MinutesService;
import tw.mainstream.meeting.domain.RemarkDraft;
import tw.mainstream.meeting.domain.ResolutionDraft;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;

/** The minutes editor (remarks, resolutions) and the minutes view with comments and approval actions. */
@Controller
class MinutesPageController {

    private final MeetingApi api;
    private final MeetingDocumentQueries documents;
    private final MeetingQueries reads;
    private final MinutesContentService content;
    private final MinutesService minutes;
    private final MeetingAccess access;
    private final MinutesHtml html;

    MinutesPageController(MeetingApi api, MeetingDocumentQueries documents, MeetingQueries reads, MinutesContentService content, MinutesService minutes,
                          MeetingAccess access, MinutesHtml html) {
        this.html = html;
        this.api = api;
        this.documents = documents;
        this.reads = reads;
        this.content = content;
        this.minutes = minutes;
        this.access = access;
    }

    @GetMapping("/meetings/{id}/minutes/edit")
    String editor(@PathVariable Long id, CurrentUser user, Model model) {
        var m = access.manage(id, user);
        model.addAttribute("meeting", reads.view(m));
        model.addAttribute("items", api.agenda(id, user).stream().filter(i -> i.kind().isSubstantive()).toList());
        model.addAttribute("quorum", documents.quorum(id, user));
        model.addAttribute("speakerKinds", SpeakerKind.values());
        model.addAttribute("resolutionKinds", ResolutionKind.values());
        model.addAttribute("outcomes", ResolutionOutcome.values());
        model.addAttribute("decisions", List.of(ResolutionOutcome.CLOSED, ResolutionOutcome.CONTINUED));
        model.addAttribute("canManage", true);
        return "meeting/minutes-edit";
    }

    @PostMapping("/meetings/{id}/items/{itemId}/remarks")
    String addRemark(@PathVariable Long id, @PathVariable Long itemId, RemarkDraft form, CurrentUser user,
                     RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/minutes/edit#item-" + itemId, "app.saved",
                () -> content.addRemark(id, itemId, form, user));
    }

    @PostMapping("/meetings/{id}/remarks/{remarkId}")
    String editRemark(@PathVariable Long id, @PathVariable Long remarkId, @RequestParam long version, RemarkDraft form,
                      CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/minutes/edit", "app.saved",
                () -> content.editRemark(id, remarkId, version, form, user));
    }

    @PostMapping("/meetings/{id}/items/{itemId}/resolutions")
    String addResolution(@PathVariable Long id, @PathVariable Long itemId, @RequestParam ResolutionKind kind,
                         @RequestParam ResolutionOutcome outcome, @RequestParam(required = false) String text,
                         @RequestParam(required = false) Long leadUnitId,
                         @RequestParam(defaultValue = "false") boolean reportNextMeeting, CurrentUser user,
                         RedirectAttributes ra) {
        ResolutionDraft form = new ResolutionDraft(kind, outcome, text, leadUnitId, reportNextMeeting);
        return PageActions.run(ra, "/meetings/" + id + "/minutes/edit#item-" + itemId, "app.saved",
                () -> content.addResolution(id, itemId, form, user));
    }

    @PostMapping("/meetings/{id}/items/{itemId}/decision")
    String decide(@PathVariable Long id, @PathVariable Long itemId, @RequestParam ResolutionOutcome outcome,
                  @RequestParam(required = false) String text, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/minutes/edit#item-" + itemId, "app.saved",
                () -> content.decideFollowUp(id, itemId, outcome, text, user));
    }

    @PostMapping("/meetings/{id}/rows/{rowId}/decision")
    String decideRow(@PathVariable Long id, @PathVariable Long rowId, @RequestParam long version,
                     @RequestParam Boolean closed, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/minutes/edit", "app.saved",
                () -> content.decideRow(id, rowId, version, closed, user));
    }

    @GetMapping("/meetings/{id}/minutes")
    String view(@PathVariable Long id, @RequestParam(defaultValue = "internal") String version, CurrentUser user,
                Model model) {
        var m = access.read(id, user);
        boolean preview = version.equals("public");
        model.addAttribute("meeting", reads.view(m));
        var view = documents.minutes(id, user, preview);
        model.addAttribute("minutes", view);
        model.addAttribute("minutesHtml", html.fragment(view));
        model.addAttribute("documentCss", html.stylesheet());
        model.addAttribute("state", reads.minutesState(id, user));
        model.addAttribute("comments", reads.comments(id, user));
        model.addAttribute("revisions", reads.revisions(id, user));
        model.addAttribute("canManage", access.canManage(m, user));
        model.addAttribute("canComment", user.is(tw.mainstream.shared.security.AccountRole.MEMBER));
        return "meeting/minutes";
    }

    /** Says what confirming or publishing will do, and asks once (a page: no script needed). */
    @GetMapping("/meetings/{id}/minutes/{action:confirm|publish}")
    String ask(@PathVariable Long id, @PathVariable String action, CurrentUser user, Model model) {
        var m = access.manage(id, user);
        model.addAttribute("meeting", reads.view(m));
        model.addAttribute("state", reads.minutesState(id, user));
        model.addAttribute("action", action);
        model.addAttribute("tooEarly", minutes.beforeMeetingDay(id, user));
        return "meeting/minutes-confirm";
    }

    @PostMapping("/meetings/{id}/minutes/{action:circulate|confirm|publish}")
    String step(@PathVariable Long id, @PathVariable String action, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/minutes", "meeting.flash." + action, () -> {
            switch (action) {
                case "circulate" -> minutes.circulate(id, null, user);
                case "confirm" -> minutes.confirm(id, user);
                default -> minutes.publish(id, user);
            }
        });
    }

    @PostMapping("/meetings/{id}/minutes/correct")
    String correct(@PathVariable Long id, @RequestParam String reason, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/minutes", "meeting.flash.corrected",
                () -> minutes.correct(id, reason, user));
    }

    @PostMapping("/meetings/{id}/minutes/comments")
    String comment(@PathVariable Long id, @RequestParam String text, @RequestParam(required = false) Long itemId,
                   CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/minutes", "meeting.flash.commented",
                () -> minutes.comment(id, itemId, text, user));
    }

    @PostMapping("/meetings/{id}/minutes/comments/{commentId}/answer")
    String answer(@PathVariable Long id, @PathVariable Long commentId, @RequestParam long version,
                  @RequestParam String answer, CurrentUser user, RedirectAttributes ra) {
        return PageActions.run(ra, "/meetings/" + id + "/minutes", "app.saved",
                () -> minutes.answer(id, commentId, version, answer, user));
    }
}
