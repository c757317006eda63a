package tw.mainstream.meeting.web;

import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.meeting.domain.AttachmentService;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;

/** Uploads files and images to an item, and serves them to readers of the meeting. */
@Controller
class AttachmentController {

    private final AttachmentService attachments;

    AttachmentController(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/meetings/{id}/items/{itemId}/attachments")
    String upload(@PathVariable Long id, @PathVariable Long itemId, @RequestParam("file") MultipartFile file,
                  @RequestParam(required = false) String caption, @RequestParam(required = false) Long rowId,
                  CurrentUser user, RedirectAttributes ra) throws IOException {
        byte[] bytes = file.getBytes();
        return PageActions.run(ra, "/meetings/" + id + "/minutes/edit#item-" + itemId, "meeting.flash.uploaded",
                () -> attachments.upload(id, itemId, rowId, file.getOriginalFilename(), bytes, caption, user));
    }

    @GetMapping("/meetings/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> file(@PathVariable Long id, @PathVariable Long attachmentId, CurrentUser user) {
        var f = attachments.read(id, attachmentId, user, false);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(f.content());
    }
}
