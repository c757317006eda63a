package tw.mainstream.search.web;

import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tw.mainstream.search.DocumentKind;
import tw.mainstream.search.engine.SearchIndex;
import tw.mainstream.search.engine.SearchIndexer;
import tw.mainstream.search.engine.SearchScope;
import tw.mainstream.search.engine.SearchService;
import tw.mainstream.search.engine.SearchSort;
import tw.mainstream.search.SearchUnits;
import tw.mainstream.search.TrackingStatus;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.PageActions;

/**
 * The search page for signed-in users, the public search under /public, and the administrator's
 * index page with a rebuild button whose progress htmx polls.
 */
@Controller
class SearchController {
    private final SearchService search;
    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final List<SearchUnits> units;

    SearchController(SearchService search, SearchIndex index, SearchIndexer indexer, List<SearchUnits> units) {
        this.search = search;
        this.index = index;
        this.indexer = indexer;
        this.units = units;
    }

    @GetMapping("/search")
    String search(@ModelAttribute("form") SearchForm form, CurrentUser user, Model model) {
        SearchScope scope = SearchScope.of(user);
        model.addAttribute("unitGroups", scope.publicReader() ? Map.of()
                : units.stream().flatMap(u -> u.choicesFor(user).stream()).collect(Collectors.groupingBy(
                        SearchUnits.UnitChoice::group, LinkedHashMap::new, Collectors.toList())));
        return results(form, scope, "/search", model);
    }

    @GetMapping("/public/search")
    String publicSearch(@ModelAttribute("form") SearchForm form, Model model) {
        model.addAttribute("unitGroups", Map.of());
        return results(form, SearchScope.PUBLIC, "/public/search", model);
    }

    private String results(SearchForm form, SearchScope scope, String action, Model model) {
        model.addAttribute("action", action);
        // the public search offers only what can be published; tracked items never are
        model.addAttribute("kinds", Arrays.stream(DocumentKind.values())
                .filter(k -> !scope.publicReader() || k.publishable()).toList());
        model.addAttribute("statuses", scope.publicReader() ? List.of() : List.of(TrackingStatus.values()));
        model.addAttribute("sorts", SearchSort.values());
        if (!form.isEmpty()) {
            model.addAttribute("results", search.search(form.toQuery(), scope));
        }
        return "search/search";
    }

    @GetMapping("/admin/search-index")
    String indexPage(CurrentUser user, Model model) {
        user.requireRole(AccountRole.ADMIN);
        model.addAttribute("progress", index.rebuildProgress());
        return "search/index";
    }

    @GetMapping("/admin/search-index/progress")
    String progress(CurrentUser user, Model model) {
        user.requireRole(AccountRole.ADMIN);
        model.addAttribute("progress", index.rebuildProgress());
        return "search/index :: progress";
    }

    @PostMapping("/admin/search-index/rebuild")
    String rebuild(CurrentUser user, RedirectAttributes redirect) {
        user.requireRole(AccountRole.ADMIN);
        indexer.startRebuild();
        PageActions.success(redirect, "search.index.started");
        return "redirect:/admin/search-index";
    }
}
