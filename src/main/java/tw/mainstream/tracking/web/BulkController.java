package tw.mainstream.tracking.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.sheet.SheetData;
import tw.mainstream.shared.sheet.SpreadsheetFiles;
import tw.mainstream.shared.web.PageActions;
import tw.mainstream.tracking.domain.BulkUpdateService;
import tw.mainstream.tracking.domain.BulkUpdateService.Rejected;
import tw.mainstream.tracking.domain.ProgressReport;
import tw.mainstream.tracking.domain.TrackedItem;
import tw.mainstream.tracking.domain.TrackingProposal;

/** Bulk update of a liaison's progress reports: one form, or the exported sheet uploaded back. */
@Controller
class BulkController {

    private final BulkUpdateService bulk;
    private final MessageSource messages;

    BulkController(BulkUpdateService bulk, MessageSource messages) {
        this.bulk = bulk;
        this.messages = messages;
    }

    @GetMapping("/tracking/bulk")
    String page(CurrentUser user, Model model) {
        model.addAttribute("rows", bulk.current(user));
        return "tracking/bulk";
    }

    @PostMapping("/tracking/bulk")
    String form(@RequestParam Map<String, String> params, @RequestParam(defaultValue = "false") boolean submit,
                CurrentUser user, RedirectAttributes flash, Locale locale) {
        List<BulkUpdateService.Row> rows = new ArrayList<>();
        int line = 1;
        for (String key : params.keySet()) {
            if (key.startsWith("text_")) {
                Long id = Long.valueOf(key.substring(5));
                String proposal = params.getOrDefault("proposal_" + id, "PROPOSE_CONTINUE");
                rows.add(new BulkUpdateService.Row(line++, id, params.get(key), TrackingProposal.valueOf(proposal)));
            }
        }
        return run(flash, locale, () -> bulk.apply(user, rows, submit));
    }

    @PostMapping("/tracking/bulk/upload")
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean submit,
                  CurrentUser user, RedirectAttributes flash, Locale locale) throws IOException {
        byte[] bytes = file.getBytes();
        return run(flash, locale, () -> bulk.applyUpload(user, file.getOriginalFilename(), bytes, submit, locale));
    }

    @GetMapping("/tracking/bulk/items.{format}")
    ResponseEntity<byte[]> download(@PathVariable String format, CurrentUser user, Locale locale) {
        List<String> header = BulkUpdateService.COLUMNS.stream().map(k -> messages.getMessage(k, null, locale)).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (Object[] pair : bulk.current(user)) {
            TrackedItem i = (TrackedItem) pair[0];
            ProgressReport r = (ProgressReport) pair[1];
            String proposal = r == null ? "" : messages.getMessage("tracking.proposal." + r.getProposal(), null, locale);
            rows.add(List.of(i.getId(), i.getContent(), r == null ? "" : r.getText(), proposal));
        }
        List<SheetData> sheet = List.of(new SheetData("列管事項", header, rows));
        return switch (format) {
            case "xlsx" -> DashboardController.file("my-items.xlsx", SpreadsheetFiles.XLSX_CONTENT_TYPE,
                    SpreadsheetFiles.xlsx(sheet));
            case "ods" -> DashboardController.file("my-items.ods", SpreadsheetFiles.ODS_CONTENT_TYPE,
                    SpreadsheetFiles.ods(sheet));
            default -> throw new DomainException("error.badParameter", 404, "format");
        };
    }

    private String run(RedirectAttributes flash, Locale locale, java.util.function.IntSupplier action) {
        try {
            int n = action.getAsInt();
            PageActions.success(flash, "tracking.bulk.applied", n);
        } catch (Rejected e) {
            PageActions.errors(flash, "tracking.bulk.failed", e.problems().stream().map(p -> messages.getMessage("tracking.bulk.row",
                    new Object[] {p.line(), messages.getMessage(p.key(), p.args(), locale)}, locale)).toList());
        } catch (DomainException e) {
            if (e.getStatus() != 400) {
                throw e;
            }
            PageActions.error(flash, e);
        }
        return "redirect:/tracking/bulk";
    }
}
