package tw.mainstream.statistics.domain;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.statistics.importing.ColumnMapping;
import tw.mainstream.statistics.importing.ColumnRole;
import tw.mainstream.statistics.importing.ImportCheck;
import tw.mainstream.statistics.importing.Observation;
import tw.mainstream.statistics.importing.RawSheet;
import tw.mainstream.statistics.importing.SheetReader;

/**
 * Imports into a statistics table in two steps: an upload is read and staged with a guessed
 * column mapping and its problem report; only {@link #confirm} writes the values, all or nothing.
 */
@Service
@Transactional
public class ImportService {

    private final StatTableService tables;
    private final StagedImportRepository imports;
    private final StagedRowStore rows;
    private final ObservationStore observations;
    private final Clock clock;

    ImportService(StatTableService tables, StagedImportRepository imports, StagedRowStore rows,
                  ObservationStore observations, Clock clock) {
        this.tables = tables;
        this.imports = imports;
        this.rows = rows;
        this.observations = observations;
        this.clock = clock;
    }

    /** A staged import with its sheet and the check of its current mapping. */
    public record Staged(StagedImport staged, RawSheet sheet, ImportCheck check) {
    }

    public Staged upload(long tableId, CurrentUser user, String fileName, InputStream content) {
        tables.managedTable(tableId, user);
        RawSheet sheet = SheetReader.read(fileName, content);
        StagedImport staged = imports.save(new StagedImport(tableId, user.username(), clock.instant(), fileName,
                sheet.encoding(), ColumnMapping.guess(sheet)));
        rows.replace(staged.getId(), sheet);
        return check(staged, sheet);
    }

    /** The corrected file replaces the staged one; the mapping is guessed again. */
    public Staged reupload(long importId, CurrentUser user, String fileName, InputStream content) {
        StagedImport staged = managed(importId, user);
        RawSheet sheet = SheetReader.read(fileName, content);
        staged.replace(fileName, sheet.encoding(), ColumnMapping.guess(sheet));
        rows.replace(importId, sheet);
        return check(staged, sheet);
    }

    public Staged remap(long importId, CurrentUser user, List<ColumnRole> roles) {
        StagedImport staged = managed(importId, user);
        RawSheet sheet = rows.load(importId, staged.getEncoding());
        if (roles.size() != sheet.header().size()) {
            throw DomainException.invalid("statistics.import.error.mapping");
        }
        staged.remap(roles);
        return check(staged, sheet);
    }

    @Transactional(readOnly = true)
    public Staged staged(long importId, CurrentUser user) {
        StagedImport staged = managed(importId, user);
        return check(staged, rows.load(importId, staged.getEncoding()));
    }

    /**
     * Writes the staged values into the table (years in the file replace the same years) and drops
     * the staging. Refused while errors remain; warnings must be accepted explicitly.
     */
    public int confirm(long importId, CurrentUser user, boolean acceptWarnings) {
        Staged s = staged(importId, user);
        if (s.check().hasErrors()) {
            throw DomainException.invalid("statistics.import.error.problems", s.check().problems().size());
        }
        if (s.check().hasWarnings() && !acceptWarnings) {
            throw DomainException.invalid("statistics.import.error.warnings");
        }
        StatTable table = tables.managedTable(s.staged().getTableId(), user);
        List<Observation> values = s.check().observations();
        observations.replaceYears(table.getId(), values);
        table.reshape(dimensions(s.staged().roles()), otherLabel(s), values.stream().map(Observation::measure)
                .distinct().toList(), LocalDate.now(clock));
        discard(importId, user);
        return values.size();
    }

    public void discard(long importId, CurrentUser user) {
        StagedImport staged = managed(importId, user);
        rows.delete(importId);
        imports.delete(staged);
    }

    private Staged check(StagedImport staged, RawSheet sheet) {
        StatTable table = tables.managedTableUnchecked(staged.getTableId());
        String measure = table.measureList().isEmpty() ? "人數" : table.measureList().get(0);
        return new Staged(staged, sheet, tw.mainstream.statistics.importing.ImportChecker.check(sheet, staged.roles(), measure));
    }

    private StagedImport managed(long importId, CurrentUser user) {
        StagedImport staged = imports.findById(importId).orElseThrow(() -> new NotFoundException("import", importId));
        tables.managedTable(staged.getTableId(), user);
        return staged;
    }

    private static List<String> dimensions(List<ColumnRole> roles) {
        List<String> dims = new ArrayList<>();
        for (ColumnRole r : roles) {
            String name = switch (r) {
                case MALE, FEMALE, TOTAL -> "SEX";
                case MEASURE, IGNORE -> null;
                default -> r.name();
            };
            if (name != null && !dims.contains(name)) {
                dims.add(name);
            }
        }
        return dims;
    }

    private static String otherLabel(Staged s) {
        int i = s.staged().roles().indexOf(ColumnRole.OTHER);
        return i < 0 ? null : s.sheet().header().get(i);
    }
}
