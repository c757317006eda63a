package tw.mainstream.meeting.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.mainstream.meeting.domain.NoticeService;
import tw.mainstream.shared.security.CurrentUser;

/** The meeting's calendar file from its page: the invitation, or its cancellation once cancelled. */
@Controller
class InviteController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final NoticeService notices;

    InviteController(NoticeService notices) {
        this.notices = notices;
    }

    @GetMapping("/meetings/{id}/invite.ics")
    ResponseEntity<byte[]> invite(@PathVariable Long id, CurrentUser user) {
        return calendar(id, notices.invitation(id, user));
    }

    static ResponseEntity<byte[]> calendar(Long id, String ics) {
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("meeting-" + id + ".ics").build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }
}
