package tw.mainstream.tracking.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;
import tw.mainstream.tracking.datacall.Answer;
import tw.mainstream.tracking.datacall.DataCallQueries;
import tw.mainstream.tracking.datacall.DataCallService;
import tw.mainstream.tracking.datacall.CallDetailView;
import tw.mainstream.tracking.datacall.FieldType;
import tw.mainstream.tracking.datacall.FormDefinition;
import tw.mainstream.tracking.datacall.FormValidator;
import tw.mainstream.tracking.datacall.SubmissionView;

/**
 * The answer form of one submission, generated from the call's form definition: scalar fields
 * {@code f_<key>}, table cells {@code t_<table>_<row>_<column>}; three blank rows to add more.
 */
@Controller
class SubmissionController {

    static final int BLANK_ROWS = 3;

    private final DataCallService service;
    private final DataCallQueries reads;
    private final MessageSource messages;
    private final tw.mainstream.committee.CommitteeApi committee;

    SubmissionController(DataCallService service, DataCallQueries reads, MessageSource messages,
                         tw.mainstream.committee.CommitteeApi committee) {
        this.committee = committee;
        this.service = service;
        this.reads = reads;
        this.messages = messages;
    }

    @GetMapping("/data-calls/submissions/{id}")
    String form(@PathVariable long id, CurrentUser user, Model model) {
        CallDetailView d = reads.submission(user, id);
        return page(d, d.submissions().get(0), model);
    }

    private String page(CallDetailView d, SubmissionView s, Model model) {
        model.addAttribute("call", d.call());
        model.addAttribute("s", s);
        model.addAttribute("blankRows", BLANK_ROWS);
        model.addAttribute("ownUnits", committee.units(s.agencyId()));
        return "tracking/submission";
    }

    @PostMapping("/data-calls/submissions/{id}")
    String save(@PathVariable long id, @RequestParam Map<String, String> params, @RequestParam long version,
                @RequestParam(defaultValue = "draft") String action, CurrentUser user, RedirectAttributes flash,
                Model model, Locale locale) {
        CallDetailView d = reads.submission(user, id);
        Answer answer = parse(d.call().form(), params);
        boolean submit = "submit".equals(action);
        FormValidator.Result result = service.answer(user, id, version, answer, submit);
        if (!result.problems().isEmpty()) {
            List<String> problems = new ArrayList<>();
            for (FormValidator.Problem p : result.problems()) {
                String text = messages.getMessage(p.messageKey(), p.args(), locale);
                problems.add(p.row() > 0 ? messages.getMessage("tracking.dataCall.rowProblem",
                        new Object[] {p.row(), text}, locale) : text);
            }
            // the form again with what was typed (rows as typed, empty rows dropped), not a redirect that loses it
            PageActions.errors(model, "tracking.dataCall.notSaved", problems);
            SubmissionView s = d.submissions().get(0);
            return page(d, new SubmissionView(s.id(), s.version(), s.callId(), s.agencyId(), s.unitId(), s.recipient(),
                    s.status(), result.answer(), s.secretariatComment(), s.submittedAt(), s.writable(), s.childCallId()), model);
        }
        PageActions.success(flash, submit ? "tracking.dataCall.submitted" : "tracking.dataCall.saved");
        return "redirect:/data-calls/" + d.call().id();
    }

    static Answer parse(FormDefinition form, Map<String, String> params) {
        Map<String, String> scalars = new LinkedHashMap<>();
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (FormDefinition.Field f : form.fields()) {
            if (f.type() != FieldType.TABLE) {
                scalars.put(f.key(), params.getOrDefault("f_" + f.key(), ""));
                continue;
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (int r = 0; r < 500; r++) {
                final int row = r;
                Map<String, String> values = new LinkedHashMap<>();
                f.columns().forEach(c -> {
                    String v = params.get("t_" + f.key() + "_" + row + "_" + c.key());
                    if (v != null) {
                        values.put(c.key(), v);
                    }
                });
                if (values.isEmpty()) {
                    break;
                }
                rows.add(values);
            }
            tables.put(f.key(), rows);
        }
        return new Answer(scalars, tables);
    }
}
