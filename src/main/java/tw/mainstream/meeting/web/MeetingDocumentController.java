package tw.mainstream.meeting.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
import tw.mainstream.meeting.domain.MeetingDocumentQueries;
import tw.mainstream.meeting.domain.MinutesView;
import tw.mainstream.meeting.document.MeetingDocuments;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.web.api.BinaryContent;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Every format of the minutes from one place: JSON (default) or, from one document tree, ODT, DOCX,
 * PDF and HTML; internal, or public once published (anonymous callers get the public version only,
 * 404 before). Also the notice, the agenda and the sign-in sheet as documents.
 */
@RestController
class MeetingDocumentController {

    private final MeetingDocumentQueries meetings;
    private final MeetingDocuments documents;
    private final DocumentRenderer renderer;

    MeetingDocumentController(MeetingDocumentQueries meetings, MeetingDocuments documents, DocumentRenderer renderer) {
        this.meetings = meetings;
        this.documents = documents;
        this.renderer = renderer;
    }

    @GetMapping("/api/v1/meetings/{id}/minutes")
    @ApiResponse(responseCode = "200", description = "The minutes as JSON or as a file",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MinutesView.class)))
    @BinaryContent({BinaryContent.ODT, BinaryContent.DOCX, BinaryContent.PDF, BinaryContent.HTML})
    ResponseEntity<?> minutes(@PathVariable Long id,
                              @Parameter(schema = @Schema(allowableValues = {"json", "html", "odt", "docx", "pdf"}))
                              @RequestParam(defaultValue = "json") String format,
                              @RequestParam(defaultValue = "internal") String version, CurrentUser user) {
        if (!version.equals("internal") && !version.equals("public")) {
            throw new DomainException("error.badParameter", 400, "version");
        }
        DocumentFormat documentFormat = format.equals("json") ? null : format(format);
        MinutesView view = meetings.minutes(id, user, version.equals("public"));
        if (documentFormat == null) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
        }
        return send(documents.minutes(view), documentFormat, view.meeting().number() + "會議紀錄");
    }

    @GetMapping("/api/v1/meetings/{id}/notice")
    @BinaryContent({BinaryContent.ODT, BinaryContent.DOCX, BinaryContent.PDF, BinaryContent.HTML})
    ResponseEntity<byte[]> notice(@PathVariable Long id, @Parameter(schema = @Schema(allowableValues = {"odt", "docx", "pdf", "html"}))
                                  @RequestParam String format, CurrentUser user) {
        var notice = meetings.notice(id, user);
        return send(documents.notice(notice), format(format), notice.meeting().number() + "開會通知單");
    }

    @GetMapping("/api/v1/meetings/{id}/agenda")
    @BinaryContent({BinaryContent.ODT, BinaryContent.DOCX, BinaryContent.PDF, BinaryContent.HTML})
    ResponseEntity<byte[]> agenda(@PathVariable Long id, @Parameter(schema = @Schema(allowableValues = {"odt", "docx", "pdf", "html"}))
                                  @RequestParam String format, CurrentUser user) {
        var notice = meetings.notice(id, user);
        return send(documents.agenda(notice), format(format), notice.meeting().number() + "議程");
    }

    @GetMapping("/api/v1/meetings/{id}/sign-in-sheet")
    @BinaryContent({BinaryContent.ODT, BinaryContent.DOCX, BinaryContent.PDF, BinaryContent.HTML})
    ResponseEntity<byte[]> signIn(@PathVariable Long id, @Parameter(schema = @Schema(allowableValues = {"odt", "docx", "pdf", "html"}))
                                  @RequestParam String format, CurrentUser user) {
        var notice = meetings.notice(id, user);
        return send(documents.signInSheet(notice, meetings.attendance(id, user), meetings.observers(id, user)),
                format(format), notice.meeting().number() + "簽到表");
    }

    private static DocumentFormat format(String format) {
        try {
            return DocumentFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("error.badParameter", 400, "format");
        }
    }

    private ResponseEntity<byte[]> send(OfficialDocument document, DocumentFormat format, String baseName) {
        RenderedDocument rendered = renderer.render(document, format);
        ContentDisposition disposition = (format == DocumentFormat.HTML ? ContentDisposition.inline()
                : ContentDisposition.attachment())
                .filename(rendered.fileName(baseName.replace(" ", "")), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(rendered.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(rendered.content());
    }
}
