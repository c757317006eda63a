package tw.mainstream.document.meeting;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.document.DocumentFormat;
import tw.mainstream.document.DocumentRenderer;
import tw.mainstream.document.OfficialDocument;
import tw.mainstream.document.RenderedDocument;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MinutesView;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.web.api.BinaryContent;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Downloads of a meeting's documents as ODT, DOCX or PDF: the minutes (internal, or public once
 * published — anonymous callers get the public version only, 404 before), the notice, the agenda
 * and the sign-in sheet. JSON and HTML of the minutes are served by the meeting module.
 */
@RestController
class MeetingDocumentController {

    private final MeetingApi meetings;
    private final MeetingDocuments documents;
    private final DocumentRenderer renderer;

    MeetingDocumentController(MeetingApi meetings, MeetingDocuments documents, DocumentRenderer renderer) {
        this.meetings = meetings;
        this.documents = documents;
        this.renderer = renderer;
    }

    @GetMapping(value = "/api/v1/meetings/{id}/minutes", params = {"format!=json", "format!=html", "format"})
    @BinaryContent({BinaryContent.ODT, BinaryContent.DOCX, BinaryContent.PDF, BinaryContent.HTML})
    ResponseEntity<byte[]> minutes(@PathVariable Long id,
                                   @Parameter(description = "json (default), html, odt, docx or pdf",
                                           schema = @Schema(allowableValues = {"json", "html", "odt", "docx", "pdf"}))
                                   @RequestParam(required = false) String format,
                                   @RequestParam(defaultValue = "internal") String version, CurrentUser user) {
        if (!version.equals("internal") && !version.equals("public")) {
            throw new DomainException("error.badParameter", 400, "version");
        }
        boolean publicVersion = version.equals("public");
        MinutesView view = meetings.minutes(id, user, publicVersion);
        return send(documents.minutes(view, a -> meetings.attachmentContent(id, a.id(), user, publicVersion)), format, view.meeting().number() + "會議紀錄");
    }

    @GetMapping("/api/v1/meetings/{id}/notice")
    @BinaryContent({BinaryContent.ODT, BinaryContent.DOCX, BinaryContent.PDF, BinaryContent.HTML})
    ResponseEntity<byte[]> notice(@PathVariable Long id, @Parameter(schema = @Schema(allowableValues = {"odt", "docx", "pdf", "html"}))
                                  @RequestParam String format, CurrentUser user) {
        var notice = meetings.notice(id, user);
        return send(documents.notice(notice), format, notice.meeting().number() + "開會通知單");
    }

    @GetMapping("/api/v1/meetings/{id}/agenda")
    @BinaryContent({BinaryContent.ODT, BinaryContent.DOCX, BinaryContent.PDF, BinaryContent.HTML})
    ResponseEntity<byte[]> agenda(@PathVariable Long id, @Parameter(schema = @Schema(allowableValues = {"odt", "docx", "pdf", "html"}))
                                  @RequestParam String format, CurrentUser user) {
        var notice = meetings.notice(id, user);
        return send(documents.agenda(notice), format, notice.meeting().number() + "議程");
    }

    @GetMapping("/api/v1/meetings/{id}/sign-in-sheet")
    @BinaryContent({BinaryContent.ODT, BinaryContent.DOCX, BinaryContent.PDF, BinaryContent.HTML})
    ResponseEntity<byte[]> signIn(@PathVariable Long id, @Parameter(schema = @Schema(allowableValues = {"odt", "docx", "pdf", "html"}))
                                  @RequestParam String format, CurrentUser user) {
        var notice = meetings.notice(id, user);
        return send(documents.signInSheet(notice, meetings.attendance(id, user), meetings.observers(id, user)), format,
                notice.meeting().number() + "簽到表");
    }

    private ResponseEntity<byte[]> send(OfficialDocument document, String format, String baseName) {
        DocumentFormat f;
        try {
            f = DocumentFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("error.badParameter", 400, "format");
        }
        RenderedDocument rendered = renderer.render(document, f);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(rendered.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(rendered.fileName(baseName.replace(" ", "")), StandardCharsets.UTF_8).build().toString())
                .body(rendered.content());
    }
}
