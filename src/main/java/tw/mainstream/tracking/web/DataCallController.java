package tw.mainstream.tracking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.sheet.SheetData;
import tw.mainstream.shared.sheet.SpreadsheetFiles;
import tw.mainstream.shared.web.PageActions;
import tw.mainstream.tracking.datacall.DataCall;
import tw.mainstream.tracking.datacall.DataCallQueries;
import tw.mainstream.tracking.datacall.DataCallService;
import tw.mainstream.tracking.datacall.ConsolidationView;

/** Data calls: the list and send form, one call with its answers, accept/return, pass down, roll up. */
@Controller
class DataCallController {

    private final DataCallService service;
    private final DataCallQueries reads;
    private final CommitteeApi committee;

    DataCallController(DataCallService service, DataCallQueries reads, CommitteeApi committee) {
        this.service = service;
        this.reads = reads;
        this.committee = committee;
    }

    @GetMapping("/data-calls")
    String list(CurrentUser user, Model model) {
        model.addAttribute("calls", reads.list(user));
        model.addAttribute("myStatus", reads.myStatuses(user));
        model.addAttribute("templates", reads.templates());
        boolean canSend = user.agencyId() != null && (user.canManageAgency(user.agencyId())
                || user.is(tw.mainstream.shared.security.AccountRole.OVERSIGHT));
        model.addAttribute("canSend", canSend);
        if (canSend) {
            model.addAttribute("units", committee.units(user.agencyId()));
            Set<Long> below = committee.agencyWithDescendants(user.agencyId());
            model.addAttribute("agencies", below.stream().filter(a -> !a.equals(user.agencyId()))
                    .map(committee::agency).flatMap(java.util.Optional::stream).map(AgencyView.class::cast).toList());
        }
        return "tracking/data-calls";
    }

    @PostMapping("/data-calls")
    String send(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String templateCode,
                @RequestParam(required = false) LocalDate deadline, @RequestParam(required = false) List<Long> unitIds,
                @RequestParam(required = false) List<Long> agencyIds, CurrentUser user, RedirectAttributes flash) {
        DataCall[] sent = new DataCall[1];
        return PageActions.run(flash, () -> sent[0] == null ? "/data-calls" : "/data-calls/" + sent[0].getId(),
                "tracking.dataCall.sent", () -> sent[0] = service.send(user, new DataCallService.SendCommand(title,
                        templateCode, deadline, unitIds == null ? List.of() : unitIds,
                        agencyIds == null ? List.of() : agencyIds)));
    }

    @GetMapping("/data-calls/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("d", reads.detail(user, id));
        return "tracking/data-call";
    }

    @PostMapping("/data-calls/submissions/{id}/accept")
    String accept(@PathVariable long id, @RequestParam long callId, CurrentUser user, RedirectAttributes flash) {
        return PageActions.run(flash, "/data-calls/" + callId, "tracking.dataCall.accepted", () -> service.accept(user, id));
    }

    @PostMapping("/data-calls/submissions/{id}/return")
    String returnIt(@PathVariable long id, @RequestParam long callId, @RequestParam(defaultValue = "") String comment,
                    CurrentUser user, RedirectAttributes flash) {
        return PageActions.run(flash, "/data-calls/" + callId, "tracking.dataCall.returned",
                () -> service.returnWith(user, id, comment));
    }

    @PostMapping("/data-calls/submissions/{id}/pass-down")
    String passDown(@PathVariable long id, @RequestParam long callId, @RequestParam(required = false) List<Long> unitIds,
                    @RequestParam(required = false) LocalDate deadline, CurrentUser user, RedirectAttributes flash) {
        DataCall[] child = new DataCall[1];
        return PageActions.run(flash, () -> child[0] == null ? "/data-calls/" + callId : "/data-calls/" + child[0].getId(),
                "tracking.dataCall.passed", () -> child[0] = service.passDown(user, id,
                        unitIds == null ? List.of() : unitIds, deadline));
    }

    @PostMapping("/data-calls/submissions/{id}/roll-up")
    String rollUp(@PathVariable long id, @RequestParam long callId, CurrentUser user, RedirectAttributes flash) {
        return PageActions.run(flash, "/data-calls/" + callId, "tracking.dataCall.rolledUp", () -> {
            if (!service.rollUp(user, id).problems().isEmpty()) {
                throw DomainException.invalid("tracking.dataCall.error.rollUpInvalid");
            }
        });
    }

    @GetMapping("/data-calls/{id}/consolidated.{format}")
    ResponseEntity<byte[]> consolidated(@PathVariable long id, @PathVariable String format, CurrentUser user,
                                        Locale locale) {
        ConsolidationView c = reads.consolidate(user, id, locale);
        List<SheetData> sheet = List.of(new SheetData("彙整", c.header(), c.cells()));
        return switch (format) {
            case "ods" -> DashboardController.file("data-call-" + id + ".ods",
                    SpreadsheetFiles.ODS_CONTENT_TYPE, SpreadsheetFiles.ods(sheet));
            case "xlsx" -> DashboardController.file("data-call-" + id + ".xlsx",
                    SpreadsheetFiles.XLSX_CONTENT_TYPE, SpreadsheetFiles.xlsx(sheet));
            default -> throw new DomainException("error.badParameter", 404, "format");
        };
    }
}
