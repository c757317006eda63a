package tw.mainstream.search.web;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.mainstream.search.engine.SearchResults;
import tw.mainstream.search.engine.SearchScope;
import tw.mainstream.search.engine.SearchService;
import tw.mainstream.shared.security.CurrentUser;

/** Search over the API: the caller's scope, or the public scope under /api/v1/public. */
@RestController
@RequestMapping("/api/v1")
class SearchApiController {
    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    SearchResults search(@ModelAttribute @ParameterObject SearchForm form, CurrentUser user) {
        return search.search(form.toQuery(), SearchScope.of(user));
    }

    @GetMapping("/public/search")
    SearchResults publicSearch(@ModelAttribute @ParameterObject SearchForm form) {
        return search.search(form.toQuery(), SearchScope.PUBLIC);
    }
}
