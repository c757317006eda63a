package tw.mainstream.shared.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import tw.mainstream.shared.audit.ChangeView;
import tw.mainstream.shared.audit.HistoryService;
import tw.mainstream.shared.security.CurrentUser;

/** The change history of one record, as a page and as JSON for auditors. */
@Controller
class HistoryController {
    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    @GetMapping("/history/{type}/{id}")
    String page(@PathVariable String type, @PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("changes", newestFirst(history.history(type, id, user)));
        return "history";
    }

    private static List<ChangeView> newestFirst(List<ChangeView> changes) {
        List<ChangeView> copy = new java.util.ArrayList<>(changes);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @GetMapping("/api/v1/history/{type}/{id}")
    @ResponseBody
    List<ChangeView> api(@PathVariable String type, @PathVariable long id, CurrentUser user) {
        return history.history(type, id, user);
    }
}
