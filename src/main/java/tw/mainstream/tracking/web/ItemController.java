package tw.mainstream.tracking.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;
import tw.mainstream.tracking.domain.TrackingAttachment;
import tw.mainstream.tracking.domain.AttachmentStore;
import tw.mainstream.tracking.domain.DecisionKind;
import tw.mainstream.tracking.domain.DecisionService;
import tw.mainstream.tracking.domain.ItemQueries;
import tw.mainstream.tracking.domain.TrackedItemDetailView;
import tw.mainstream.tracking.domain.ReportService;
import tw.mainstream.tracking.domain.TrackingProposal;

/** One tracked item: details, reports, the decision form and the timeline. */
@Controller
class ItemController {

    private final ItemQueries queries;
    private final ReportService reports;
    private final DecisionService decisions;
    private final AttachmentStore store;

    ItemController(ItemQueries queries, ReportService reports, DecisionService decisions, AttachmentStore store) {
        this.queries = queries;
        this.reports = reports;
        this.decisions = decisions;
        this.store = store;
    }

    @GetMapping("/tracking/items/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        TrackedItemDetailView detail = queries.detail(user, id);
        model.addAttribute("d", detail);
        model.addAttribute("units", queries.unitNames(detail.item().agencyId()));
        model.addAttribute("manage", user.canManageAgency(detail.item().agencyId()));
        model.addAttribute("myUnit", user.is(AccountRole.LIAISON) ? user.unitId() : null);
        model.addAttribute("today", LocalDate.now());
        return "tracking/item";
    }

    @PostMapping("/tracking/items/{id}/reports")
    String report(@PathVariable long id, @RequestParam Long unitId, @RequestParam(required = false) Long version,
                  @RequestParam(defaultValue = "") String text,
                  @RequestParam(defaultValue = "PROPOSE_CONTINUE") TrackingProposal proposal,
                  @RequestParam(defaultValue = "draft") String action,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files,
                  CurrentUser user, RedirectAttributes flash) {
        boolean submit = "submit".equals(action);
        String target = PageActions.run(flash, "/tracking/items/" + id, submit ? "tracking.report.submitted" : "tracking.report.saved",
                () -> reports.write(user, id, unitId, version, text, proposal, submit, uploads(files)));
        if (PageActions.failed(flash)) {
            flash.addFlashAttribute("typedReport", new TypedReport(unitId, text, proposal));
        }
        return target;
    }

    /** What the user wrote in a refused report, shown again in the form. */
    record TypedReport(Long unitId, String text, TrackingProposal proposal) implements java.io.Serializable {
    }

    @PostMapping("/tracking/reports/{reportId}/return")
    String returnReport(@PathVariable long reportId, @RequestParam long itemId,
                        @RequestParam(defaultValue = "") String comment, CurrentUser user, RedirectAttributes flash) {
        return PageActions.run(flash, "/tracking/items/" + itemId, "tracking.report.returned",
                () -> reports.returnReport(user, reportId, comment));
    }

    @PostMapping("/tracking/reports/{reportId}/accept")
    String accept(@PathVariable long reportId, @RequestParam long itemId, CurrentUser user, RedirectAttributes flash) {
        return PageActions.run(flash, "/tracking/items/" + itemId, "tracking.report.accepted",
                () -> reports.accept(user, reportId));
    }

    @PostMapping("/tracking/items/{id}/decisions")
    String decide(@PathVariable long id, @RequestParam(required = false) Long meetingId,
                  @RequestParam(required = false) LocalDate meetingDate,
                  @RequestParam(defaultValue = "") String meetingLabel, @RequestParam DecisionKind kind,
                  @RequestParam(defaultValue = "") String remarks,
                  @RequestParam(defaultValue = "") String newInstructions,
                  @RequestParam(required = false) String returnTo, CurrentUser user, RedirectAttributes flash) {
        String target = returnTo != null && returnTo.startsWith("/tracking/") ? returnTo : "/tracking/items/" + id;
        return PageActions.run(flash, target, "tracking.decision.saved", () -> decisions.decide(user, id,
                new DecisionService.MeetingRef(meetingId, meetingDate, meetingLabel), kind, remarks, newInstructions));
    }

    @GetMapping("/tracking/attachments/{id}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable long id, CurrentUser user) throws IOException {
        TrackingAttachment a = reports.attachment(user, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(a.getFilename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(a.getContentType()))
                .body(new InputStreamResource(store.open(a.getStorageKey())));
    }

    static List<ReportService.Upload> uploads(List<MultipartFile> files) {
        List<ReportService.Upload> result = new ArrayList<>();
        if (files == null) {
            return result;
        }
        for (MultipartFile f : files) {
            if (!f.isEmpty()) {
                try {
                    result.add(new ReportService.Upload(f.getOriginalFilename(), f.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return result;
    }

    static Set<Long> ids(List<Long> ids) {
        return ids == null ? Set.of() : Set.copyOf(ids);
    }
}
