package tw.mainstream.tracking.web;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.document.DocumentFormat;
import tw.mainstream.document.DocumentRenderer;
import tw.mainstream.document.OfficialDocument;
import tw.mainstream.document.RenderedDocument;
import tw.mainstream.document.Table;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.tracking.domain.FollowUpService;
import tw.mainstream.tracking.domain.FollowUpTable;

/** The follow-up table as an official document (ODT, DOCX, PDF) through the document module. */
@Controller
class FollowUpDocumentController {

    private final FollowUpService followUp;
    private final ReadableTaskForces taskForces;
    private final DocumentRenderer renderer;
    private final MessageSource messages;

    FollowUpDocumentController(FollowUpService followUp, ReadableTaskForces taskForces, DocumentRenderer renderer,
                               MessageSource messages) {
        this.followUp = followUp;
        this.taskForces = taskForces;
        this.renderer = renderer;
        this.messages = messages;
    }

    @GetMapping("/tracking/follow-up.{format}")
    ResponseEntity<byte[]> document(@PathVariable String format, @RequestParam(required = false) Long taskForceId,
                                    @RequestParam(required = false) LocalDate date, CurrentUser user, Locale locale) {
        DocumentFormat f = switch (format) {
            case "odt" -> DocumentFormat.ODT;
            case "docx" -> DocumentFormat.DOCX;
            case "pdf" -> DocumentFormat.PDF;
            default -> throw new DomainException("error.badParameter", 404, "format");
        };
        TaskForceView tf = taskForces.choose(user, taskForceId);
        FollowUpTable table = followUp.table(user, tf.id(), date);
        var header = table.columns().stream()
                .map(c -> messages.getMessage("tracking.column." + c.name(), null, locale)).toList();
        var rows = table.rows().stream().map(FollowUpTable.Row::cells).toList();
        String title = messages.getMessage("tracking.followUp.title", null, locale);
        var builder = OfficialDocument.builder().title(tf.name(), title);
        if (table.meetingDate() != null) {
            builder.field(messages.getMessage("tracking.decision.meetingDate", null, locale),
                    RocDates.formatWithWeekday(table.meetingDate()));
        }
        OfficialDocument doc = builder.add(new Table(null, header, rows.isEmpty()
                ? java.util.List.of(header.stream().map(h -> "").toList()) : rows)).build();
        RenderedDocument rendered = renderer.render(doc, f);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(rendered.fileName("follow-up")).build().toString())
                .contentType(MediaType.parseMediaType(rendered.contentType())).body(rendered.content());
    }
}
