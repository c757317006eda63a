package tw.mainstream.statistics.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.statistics.DataTable;
import tw.mainstream.statistics.StatTableView;
import tw.mainstream.statistics.TableFigures;
import tw.mainstream.statistics.domain.ImportService;
import tw.mainstream.statistics.domain.StatTableService;
import tw.mainstream.statistics.importing.ColumnRole;
import tw.mainstream.statistics.importing.ImportProblem;

/** JSON API of statistics tables and their imports; the same services and scope as the pages. */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsRestController {

    private final StatTableService tables;
    private final ImportService imports;

    StatisticsRestController(StatTableService tables, ImportService imports) {
        this.tables = tables;
        this.imports = imports;
    }

    /** A table with its indicators and values. */
    record TableDetail(StatTableView table, List<TableFigures> figures, DataTable data) {
    }

    /** A staged import: its id, the column mapping, the problems and how many values it would store. */
    record ImportReport(Long importId, String fileName, String encoding, List<String> header, List<ColumnRole> roles,
                        List<ImportProblem> problems, int values, boolean canConfirm) {
    }

    record Publication(boolean published) {
    }

    @GetMapping("/tables")
    List<StatTableView> list(CurrentUser user) {
        return tables.readable(user);
    }

    @PostMapping("/tables")
    @ResponseStatus(HttpStatus.CREATED)
    StatTableView create(@Valid @RequestBody StatTableForm form, CurrentUser user) {
        return tables.create(user, null, form.metadata());
    }

    @GetMapping("/tables/{id}")
    TableDetail get(@PathVariable long id, CurrentUser user) {
        return new TableDetail(tables.view(id, user), tables.figures(id, user), tables.data(id, user));
    }

    @PostMapping("/tables/{id}/publication")
    StatTableView publish(@PathVariable long id, @RequestBody Publication p, CurrentUser user) {
        return tables.setPublished(id, p.published(), user);
    }

    @PostMapping(value = "/tables/{id}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ImportReport upload(@PathVariable long id, @RequestParam("file") MultipartFile file, CurrentUser user)
            throws IOException {
        ImportController.requireFile(file);
        return report(imports.upload(id, user, file.getOriginalFilename(), file.getInputStream()));
    }

    @GetMapping("/imports/{id}")
    ImportReport staged(@PathVariable long id, CurrentUser user) {
        return report(imports.staged(id, user));
    }

    @PostMapping("/imports/{id}/mapping")
    ImportReport remap(@PathVariable long id, @RequestBody List<ColumnRole> roles, CurrentUser user) {
        return report(imports.remap(id, user, roles));
    }

    /** Writes the staged values; 400 with the reason while problems remain. */
    @PostMapping("/imports/{id}/confirm")
    StatTableView confirm(@PathVariable long id, @RequestParam(defaultValue = "false") boolean acceptWarnings,
                          CurrentUser user) {
        long tableId = imports.staged(id, user).staged().getTableId();
        imports.confirm(id, user, acceptWarnings);
        return tables.view(tableId, user);
    }

    private static ImportReport report(ImportService.Staged s) {
        return new ImportReport(s.staged().getId(), s.staged().getFileName(), s.staged().getEncoding(),
                s.sheet().header(), s.staged().roles(), s.check().problems(), s.check().observations().size(),
                !s.check().hasErrors());
    }
}
