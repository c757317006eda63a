package tw.mainstream.importing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.importing.draft.DraftContent;
import tw.mainstream.importing.draft.DraftEdit;
import tw.mainstream.importing.draft.DraftValidator;
import tw.mainstream.importing.draft.ImportDraft;
import tw.mainstream.importing.draft.MinutesImportService;
import tw.mainstream.importing.draft.UploadRejected;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.StaleEditException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.shared.web.PageActions;

/** Upload of past minutes, the drafts of the agency, the side-by-side review and 存成會議. */
@Controller
class MinutesImportController {

    private final MinutesImportService imports;
    private final MessageSource messages;

    MinutesImportController(MinutesImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.initDirectFieldAccess();
        binder.setAutoGrowCollectionLimit(2000);
    }

    /** A row of the drafts list. */
    record DraftRow(Long id, String fileName, String taskForce, String title, String date, String status,
                    String createdBy, java.time.Instant createdAt, Long meetingId) {
    }

    @GetMapping("/imports")
    String list(CurrentUser user, Model model) {
        List<TaskForceView> taskForces = imports.taskForces(user);
        Map<Long, String> names = new java.util.HashMap<>();
        taskForces.forEach(t -> names.put(t.id(), t.name()));
        List<DraftRow> rows = new ArrayList<>();
        for (ImportDraft d : imports.drafts(user)) {
            DraftContent c = imports.content(d);
            rows.add(new DraftRow(d.getId(), d.getFileName(), names.getOrDefault(d.getTaskForceId(), ""), c.title,
                    c.date, d.getStatus().name(), d.getCreatedBy(), d.getCreatedAt(), d.getMeetingId()));
        }
        model.addAttribute("drafts", rows);
        model.addAttribute("taskForces", taskForces);
        model.addAttribute("maxMb", MinutesImportService.MAX_BYTES / 1024 / 1024);
        return "importing/list";
    }

    @PostMapping("/imports")
    String upload(@RequestParam(required = false) Long taskForceId,
                  @RequestParam(name = "files", required = false) List<MultipartFile> files, CurrentUser user,
                  Model model, RedirectAttributes ra, HttpServletResponse response, Locale locale) throws IOException {
        List<MinutesImportService.Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            uploads.add(new MinutesImportService.Upload(f.getOriginalFilename(), f.getBytes()));
        }
        try {
            List<ImportDraft> saved = imports.upload(taskForceId, uploads, user);
            if (saved.size() == 1) {
                PageActions.success(ra, "importing.upload.done");
                return "redirect:/imports/" + saved.get(0).getId();
            }
            PageActions.success(ra, "importing.upload.doneMany");
            return "redirect:/imports";
        } catch (UploadRejected e) {
            response.setStatus(400);
            PageActions.errors(model, "importing.upload.rejected", e.problems().stream()
                    .map(p -> (p.fileName() == null ? "" : messages.getMessage("importing.upload.fileLabel",
                            new Object[] {p.fileName()}, locale)) + messages.getMessage(p.key(), p.args(), locale))
                    .toList());
            model.addAttribute("selectedTaskForce", taskForceId);
            return list(user, model);
        }
    }

    @GetMapping("/imports/{id}")
    String review(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean confirm,
                  @RequestParam(defaultValue = "false") boolean publish, CurrentUser user, Model model) {
        MinutesImportService.Review r = imports.review(id, user);
        if (confirm) {
            model.addAttribute("duplicates", imports.duplicates(id, user));
            model.addAttribute("publish", publish);
        }
        return page(r, Map.of(), model);
    }

    @PostMapping("/imports/{id}")
    String save(@PathVariable Long id, @RequestParam long version, @RequestParam(defaultValue = "save") String action,
                @RequestParam(defaultValue = "false") boolean publish, @ModelAttribute("form") DraftContent form,
                @RequestParam(required = false) String newItemKind, @RequestParam(required = false) String newItemTitle,
                @RequestParam(required = false) String newItemAfter,
                CurrentUser user, Model model, RedirectAttributes ra, HttpServletResponse response) {
        DraftEdit edit = "addItem".equals(action) ? DraftEdit.addItem(newItemKind, newItemTitle, position(newItemAfter))
                : DraftEdit.parse(action).orElse(null);
        Map<String, DraftValidator.Problem> problems;
        try {
            problems = imports.update(id, version, form, edit, user);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            PageActions.error(ra, "importing.error.stale");
            return "redirect:/imports/" + id;
        }
        if (!problems.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("publish", publish);
            if (edit != null) {
                PageActions.error(model, "importing.edit.notDone");
                model.addAttribute("newItemKind", newItemKind);
                model.addAttribute("newItemTitle", newItemTitle);
                model.addAttribute("newItemAfter", newItemAfter);
            }
            return page(imports.review(id, form, user), problems, model);
        }
        if (edit != null) {
            PageActions.success(ra, "importing.edit." + edit.op().name());
            int focus = edit.focus(imports.content(imports.review(id, user).draft()));
            return "redirect:/imports/" + id + (focus >= 0 ? "#item-" + focus : "#items");
        }
        if (!"meeting".equals(action)) {
            PageActions.success(ra, "importing.saved");
            return "redirect:/imports/" + id;
        }
        long fresh = imports.review(id, user).draft().getVersion();
        return toMeeting(id, fresh, publish, false, user, model, ra, response);
    }

    @PostMapping("/imports/{id}/meeting")
    String meeting(@PathVariable Long id, @RequestParam long version, @RequestParam(defaultValue = "false") boolean publish,
                   @RequestParam(defaultValue = "false") boolean confirmDuplicate, CurrentUser user, Model model,
                   RedirectAttributes ra, HttpServletResponse response) {
        try {
            return toMeeting(id, version, publish, confirmDuplicate, user, model, ra, response);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            PageActions.error(ra, "importing.error.stale");
            return "redirect:/imports/" + id;
        }
    }

    private String toMeeting(Long id, long version, boolean publish, boolean confirmDuplicate, CurrentUser user,
                             Model model, RedirectAttributes ra, HttpServletResponse response) {
        MinutesImportService.SaveOutcome outcome = imports.saveAsMeeting(id, version, publish, confirmDuplicate, user);
        if (outcome.saved()) {
            PageActions.success(ra, "importing.meeting.saved");
            return "redirect:/meetings/" + outcome.meeting().id() + "/minutes";
        }
        if (!outcome.duplicates().isEmpty()) {
            return "redirect:/imports/" + id + "?confirm=true&publish=" + publish + "#duplicates";
        }
        response.setStatus(400);
        model.addAttribute("publish", publish);
        PageActions.error(model, "importing.meeting.problems");
        return page(imports.review(id, user), outcome.problems(), model);
    }

    @PostMapping("/imports/{id}/discard")
    String discard(@PathVariable Long id, @RequestParam long version, CurrentUser user, RedirectAttributes ra) {
        try {
            imports.discard(id, version, user);
            PageActions.success(ra, "importing.discarded");
            return "redirect:/imports";
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            PageActions.error(ra, "importing.error.stale");
            return "redirect:/imports/" + id;
        }
    }

    /** The add form's position: blank for the end, else the index of the item to add after. */
    private static Integer position(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(after.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("importing.error.structure");
        }
    }

    private String page(MinutesImportService.Review r, Map<String, DraftValidator.Problem> problems, Model model) {
        model.addAttribute("draft", r.draft());
        model.addAttribute("form", r.content());
        model.addAttribute("taskForce", r.taskForce());
        model.addAttribute("unitNames", r.units().names());
        model.addAttribute("ui", new ReviewUi(r.marks(), problems));
        model.addAttribute("lines", r.draft().getSourceText().lines().toList());
        model.addAttribute("rocDate", RocDates.parse(r.content().date).map(RocDates::formatWithWeekday).orElse(null));
        return "importing/review";
    }
}
