package tw.mainstream.tracking.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.ForbiddenException;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/**
 * A liaison updates many progress reports at once, from a form or an uploaded ODS/XLSX file. Every
 * row is checked first; one bad row and nothing is written (one transaction).
 */
@Service
@Transactional
public class BulkUpdateService {

    /** Column headers of the exported and uploaded sheet, in order (message keys). */
    public static final List<String> COLUMNS = List.of("tracking.export.id", "tracking.export.content",
            "tracking.report.text", "tracking.report.proposal");

    private final TrackedItemRepository items;
    private final ProgressReportRepository reports;
    private final ReportService reportService;
    private final MessageSource messages;

    BulkUpdateService(TrackedItemRepository items, ProgressReportRepository reports, ReportService reportService,
                      MessageSource messages) {
        this.items = items;
        this.reports = reports;
        this.reportService = reportService;
        this.messages = messages;
    }

    /** One row to apply: item, progress text, proposal. {@code line} is the row number shown in messages. */
    public record Row(int line, Long itemId, String text, TrackingProposal proposal) {
    }

    /** A refused row: its number, the message key and arguments. */
    public record RowProblem(int line, String key, Object... args) {
    }

    /** The whole update was refused; nothing was written. */
    public static class Rejected extends DomainException {
        private final transient List<RowProblem> problems;

        public Rejected(List<RowProblem> problems) {
            super("tracking.bulk.failed", 400);
            this.problems = problems;
        }

        public List<RowProblem> problems() {
            return problems;
        }
    }

    /** The liaison's open items with this round's report, for the form and the download. */
    @Transactional(readOnly = true)
    public List<Object[]> current(CurrentUser user) {
        requireLiaison(user);
        List<Object[]> result = new ArrayList<>();
        for (TrackedItem i : items.findForUnit(user.agencyId(), user.unitId())) {
            if (!i.isClosed()) {
                ProgressReport r = reports.findByItemIdAndUnitIdAndRound(i.getId(), user.unitId(), i.getRound()).orElse(null);
                result.add(new Object[] {i, r});
            }
        }
        return result;
    }

    public int apply(CurrentUser user, List<Row> rows, boolean submit) {
        requireLiaison(user);
        return applyChecked(user, rows, submit, new ArrayList<>());
    }

    private int applyChecked(CurrentUser user, List<Row> rows, boolean submit, List<RowProblem> problems) {
        Map<Long, Integer> seen = new HashMap<>();
        List<Row> toApply = new ArrayList<>();
        for (Row row : rows) {
            if (row.itemId() == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(row.itemId(), row.line());
            if (first != null) {
                problems.add(new RowProblem(row.line(), "tracking.bulk.error.duplicate", row.itemId(), first));
                continue;
            }
            if (row.text() == null || row.text().isBlank()) {
                continue;
            }
            TrackedItem item = items.findById(row.itemId()).orElse(null);
            if (item == null || !TrackingScope.canSee(user, item) || !item.involves(user.unitId())) {
                problems.add(new RowProblem(row.line(), "tracking.bulk.error.notYours", row.itemId()));
            } else if (item.isClosed()) {
                problems.add(new RowProblem(row.line(), "tracking.bulk.error.closed", row.itemId()));
            } else if (reports.findByItemIdAndUnitIdAndRound(item.getId(), user.unitId(), item.getRound())
                    .map(r -> !r.getStatus().editable()).orElse(false)) {
                problems.add(new RowProblem(row.line(), "tracking.bulk.error.locked", row.itemId()));
            } else {
                toApply.add(row);
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(RowProblem::line));
            throw new Rejected(problems);
        }
        for (Row row : toApply) {
            reportService.write(user, row.itemId(), user.unitId(), null, row.text(), row.proposal(), submit, List.of());
        }
        return toApply.size();
    }

    /** Reads an uploaded sheet into rows, refusing wrong headers, numbers in text cells and bad values. */
    public int applyUpload(CurrentUser user, String filename, byte[] bytes, boolean submit, java.util.Locale locale) {
        requireLiaison(user);
        List<List<Sheets.Value>> sheet = Sheets.read(filename, bytes);
        List<RowProblem> problems = new ArrayList<>();
        List<String> expected = COLUMNS.stream().map(k -> messages.getMessage(k, null, locale)).toList();
        List<Sheets.Value> header = sheet.isEmpty() ? List.of() : sheet.get(0);
        for (int c = 0; c < expected.size(); c++) {
            String got = c < header.size() ? header.get(c).text().strip() : "";
            if (!got.equals(expected.get(c)) && !got.equals(messages.getMessage(COLUMNS.get(c), null,
                    java.util.Locale.TRADITIONAL_CHINESE))) {
                problems.add(new RowProblem(1, "tracking.bulk.error.header", c + 1, expected.get(c), got));
            }
        }
        if (!problems.isEmpty()) {
            throw new Rejected(problems);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < sheet.size(); r++) {
            List<Sheets.Value> cells = sheet.get(r);
            if (cells.stream().allMatch(Sheets.Value::blank)) {
                continue;
            }
            Row row = parse(r + 1, cells, expected, problems);
            if (row != null) {
                rows.add(row);
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            throw new Rejected(List.of(new RowProblem(2, "tracking.bulk.error.noRows")));
        }
        return applyChecked(user, rows, submit, problems);
    }

    private Row parse(int line, List<Sheets.Value> cells, List<String> names, List<RowProblem> problems) {
        Sheets.Value id = cell(cells, 0);
        Sheets.Value text = cell(cells, 2);
        Sheets.Value proposal = cell(cells, 3);
        Long itemId = null;
        try {
            itemId = Long.valueOf(new java.math.BigDecimal(id.text().strip()).longValueExact());
        } catch (RuntimeException e) {
            problems.add(new RowProblem(line, "tracking.bulk.error.id", id.text()));
        }
        int before = problems.size();
        for (int c = 1; c <= 3; c++) {
            Sheets.Value v = cell(cells, c);
            if (v.numeric()) {
                problems.add(new RowProblem(line, "tracking.bulk.error.numberInText", names.get(c), v.text()));
            }
        }
        TrackingProposal p = proposal(proposal.text());
        if (p == null) {
            problems.add(new RowProblem(line, "tracking.bulk.error.proposal", proposal.text()));
        }
        return itemId == null || problems.size() > before ? null : new Row(line, itemId, text.text(), p);
    }

    private TrackingProposal proposal(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return TrackingProposal.PROPOSE_CONTINUE;
        }
        for (TrackingProposal p : TrackingProposal.values()) {
            for (java.util.Locale l : List.of(java.util.Locale.TRADITIONAL_CHINESE, java.util.Locale.ENGLISH)) {
                if (t.equals(messages.getMessage("tracking.proposal." + p.name(), null, l)) || t.equals(p.name())) {
                    return p;
                }
            }
        }
        return null;
    }

    private static Sheets.Value cell(List<Sheets.Value> cells, int i) {
        return i < cells.size() ? cells.get(i) : new Sheets.Value("", false);
    }

    private static void requireLiaison(CurrentUser user) {
        if (!user.is(AccountRole.LIAISON) || user.unitId() == null) {
            throw new ForbiddenException();
        }
    }
}
