package tw.mainstream.statistics.web;

import java.io.IOException;
import java.util.List;
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
import tw.mainstream.shared.web.PageActions;
import tw.mainstream.statistics.domain.ImportService;
import tw.mainstream.statistics.domain.StatTableService;
import tw.mainstream.statistics.importing.ColumnRole;

/** Upload, check, fix and confirm a file for a statistics table. */
@Controller
class ImportController {

    private final ImportService imports;
    private final StatTableService tables;

    ImportController(ImportService imports, StatTableService tables) {
        this.imports = imports;
        this.tables = tables;
    }

    @PostMapping("/statistics/tables/{id}/imports")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, CurrentUser user) throws IOException {
        requireFile(file);
        var staged = imports.upload(id, user, file.getOriginalFilename(), file.getInputStream());
        return "redirect:/statistics/imports/" + staged.staged().getId();
    }

    @GetMapping("/statistics/imports/{id}")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        var staged = imports.staged(id, user);
        model.addAttribute("staged", staged);
        model.addAttribute("table", tables.view(staged.staged().getTableId(), user));
        model.addAttribute("roles", ColumnRole.values());
        model.addAttribute("preview", staged.sheet().rows().stream().limit(20).toList());
        return "statistics/import";
    }

    @PostMapping("/statistics/imports/{id}/file")
    String reupload(@PathVariable long id, @RequestParam("file") MultipartFile file, CurrentUser user,
                    RedirectAttributes flash) throws IOException {
        requireFile(file);
        imports.reupload(id, user, file.getOriginalFilename(), file.getInputStream());
        PageActions.success(flash, "statistics.import.replaced");
        return "redirect:/statistics/imports/" + id;
    }

    @PostMapping("/statistics/imports/{id}/mapping")
    String remap(@PathVariable long id, @RequestParam("role") List<ColumnRole> roles, CurrentUser user) {
        imports.remap(id, user, roles);
        return "redirect:/statistics/imports/" + id;
    }

    @PostMapping("/statistics/imports/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "false") boolean acceptWarnings,
                   CurrentUser user, RedirectAttributes flash) {
        long tableId = imports.staged(id, user).staged().getTableId();
        int count = imports.confirm(id, user, acceptWarnings);
        PageActions.success(flash, "statistics.import.confirmed", count);
        return "redirect:/statistics/tables/" + tableId;
    }

    @PostMapping("/statistics/imports/{id}/discard")
    String discard(@PathVariable long id, CurrentUser user, RedirectAttributes flash) {
        long tableId = imports.staged(id, user).staged().getTableId();
        imports.discard(id, user);
        PageActions.success(flash, "statistics.import.discarded");
        return "redirect:/statistics/tables/" + tableId;
    }

    static void requireFile(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("statistics.import.error.noFile");
        }
    }
}
