package tw.mainstream.meeting.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.meeting.document.MinutesHtml;
import tw.mainstream.meeting.domain.AttachmentService;
import tw.mainstream.meeting.domain.MeetingQueries;
import tw.mainstream.meeting.domain.MinutesService;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/** Published minutes for everyone (names masked); nothing before publication. */
@Controller
class PublicMinutesController {

    private final MinutesService minutes;
    private final MeetingQueries reads;
    private final MeetingApi api;
    private final CommitteeApi committee;
    private final AttachmentService attachments;
    private final MinutesHtml html;

    PublicMinutesController(MinutesService minutes, MeetingQueries reads, MeetingApi api, CommitteeApi committee,
                            AttachmentService attachments, MinutesHtml html) {
        this.html = html;
        this.minutes = minutes;
        this.reads = reads;
        this.api = api;
        this.committee = committee;
        this.attachments = attachments;
    }

    @GetMapping("/public/meetings")
    String list(Model model) {
        model.addAttribute("agencies", committee.allAgencies().stream()
                .map(a -> new AgencyMinutes(a.name(), minutes.published(a.id()).stream().map(reads::view).toList()))
                .filter(a -> !a.meetings().isEmpty()).toList());
        return "meeting/public-list";
    }

    record AgencyMinutes(String agency, java.util.List<tw.mainstream.meeting.MeetingView> meetings) {
    }

    @GetMapping("/public/meetings/{id}")
    String show(@PathVariable Long id, Model model) {
        var meeting = api.meeting(id).filter(m -> m.status() == MeetingStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("meeting", id));
        var view = minutes.publicVersion(meeting.id(), CurrentUser.ANONYMOUS);
        model.addAttribute("minutes", view);
        model.addAttribute("minutesHtml", html.fragment(view));
        model.addAttribute("documentCss", html.stylesheet());
        return "meeting/public-show";
    }

    @GetMapping("/public/meetings/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> file(@PathVariable Long id, @PathVariable Long attachmentId) {
        api.meeting(id).filter(m -> m.status() == MeetingStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("meeting", id));
        var f = attachments.read(id, attachmentId, CurrentUser.ANONYMOUS, true);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline").body(f.content());
    }
}
