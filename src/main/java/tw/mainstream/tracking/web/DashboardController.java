package tw.mainstream.tracking.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.sheet.SheetData;
import tw.mainstream.shared.sheet.SpreadsheetFiles;
import tw.mainstream.shared.time.RocDates;
import tw.mainstream.shared.web.FragmentRenderer;
import tw.mainstream.tracking.domain.DashboardFilter;
import tw.mainstream.tracking.domain.DashboardService;
import tw.mainstream.tracking.domain.DashboardView.ItemLine;

/** The tracking dashboard with its filters, and its export as CSV, XLSX or ODS. */
@Controller
class DashboardController {

    private static final int EXPORT_MAX = 20_000;

    private final DashboardService dashboard;
    private final CommitteeApi committee;
    private final MessageSource messages;
    private final FragmentRenderer fragments;

    DashboardController(DashboardService dashboard, CommitteeApi committee, MessageSource messages,
                        FragmentRenderer fragments) {
        this.fragments = fragments;
        this.dashboard = dashboard;
        this.committee = committee;
        this.messages = messages;
    }

    @GetMapping("/tracking")
    String page(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Long unitId,
                @RequestParam(defaultValue = "false") boolean overdue,
                @RequestParam(defaultValue = "false") boolean unreported,
                @RequestParam(required = false) Integer minAge, @RequestParam(defaultValue = "0") int page,
                CurrentUser user, Model model, Locale locale, HttpServletRequest request,
                HttpServletResponse response) {
        DashboardFilter filter = new DashboardFilter(agencyId, unitId, overdue, unreported, minAge, page);
        model.addAttribute("filter", filter);
        model.addAttribute("boardHtml", dashboard.rendered(user, filter, locale, board -> fragments.render(
                "tracking/dashboard-board", "board", Map.of("board", board, "filter", filter), locale, request,
                response)));
        model.addAttribute("liaison", user.is(tw.mainstream.shared.security.AccountRole.LIAISON));
        model.addAttribute("canManage", user.agencyId() != null && user.canManageAgency(user.agencyId()));
        Long agency = agencyId != null ? agencyId : user.agencyId();
        model.addAttribute("unitChoices", agency == null ? List.of() : committee.units(agency));
        // oversight and administrators read several agencies: one at a time, or all of them
        model.addAttribute("agencyChoices", user.is(tw.mainstream.shared.security.AccountRole.LIAISON) ? List.of()
                : committee.readableAgencies(user));
        return "tracking/dashboard";
    }

    @GetMapping("/tracking/export.{format}")
    ResponseEntity<byte[]> export(@PathVariable String format, @RequestParam(required = false) Long agencyId,
                                  @RequestParam(required = false) Long unitId,
                                  @RequestParam(defaultValue = "false") boolean overdue,
                                  @RequestParam(defaultValue = "false") boolean unreported,
                                  @RequestParam(required = false) Integer minAge, CurrentUser user, Locale locale) {
        List<ItemLine> lines = dashboard.all(user, new DashboardFilter(agencyId, unitId, overdue, unreported, minAge, 0),
                EXPORT_MAX);
        List<String> header = List.of("id", "originDate", "content", "leadUnit", "due", "overdue", "reported",
                "ageDays").stream().map(k -> messages.getMessage("tracking.export." + k, null, locale)).toList();
        String yes = messages.getMessage("app.yes", null, locale);
        String no = messages.getMessage("app.no", null, locale);
        List<List<Object>> rows = lines.stream().map(l -> List.<Object>of(l.id(), RocDates.formatShort(l.originDate()),
                l.content(), l.leadUnit() == null ? "" : l.leadUnit(), RocDates.formatShort(l.due()),
                l.overdue() ? yes : no, l.reported() ? yes : no, l.ageDays())).toList();
        SheetData sheet = new SheetData("列管事項", header, rows);
        return switch (format) {
            case "csv" -> file("tracked-items.csv", SpreadsheetFiles.CSV_CONTENT_TYPE, SpreadsheetFiles.csv(sheet));
            case "xlsx" -> file("tracked-items.xlsx", SpreadsheetFiles.XLSX_CONTENT_TYPE,
                    SpreadsheetFiles.xlsx(List.of(sheet)));
            case "ods" -> file("tracked-items.ods", SpreadsheetFiles.ODS_CONTENT_TYPE,
                    SpreadsheetFiles.ods(List.of(sheet)));
            default -> throw new DomainException("error.badParameter", 404, "format");
        };
    }

    static ResponseEntity<byte[]> file(String name, String type, byte[] bytes) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(type)).body(bytes);
    }
}
