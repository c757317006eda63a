package tw.mainstream.statistics.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.statistics.microdata.MicrodataDataset;
import tw.mainstream.statistics.microdata.MicrodataException;
import tw.mainstream.statistics.microdata.MicrodataPivotService;
import tw.mainstream.statistics.microdata.MicrodataRegistry;
import tw.mainstream.statistics.microdata.PivotRequest;
import tw.mainstream.statistics.microdata.PivotResult;
import tw.mainstream.statistics.microdata.MicrodataView;
import tw.mainstream.statistics.microdata.TimeGrain;

/**
 * The pivot page and API over registered microdata (e.g. border crossings), aggregated in place
 * by DuckDB. Signed-in staff only: the files are not public, their aggregates are shown on request.
 */
@Controller
class MicrodataController {

    private final MicrodataRegistry registry;
    private final MicrodataPivotService pivots;

    MicrodataController(MicrodataRegistry registry, MicrodataPivotService pivots) {
        this.registry = registry;
        this.pivots = pivots;
    }

    @GetMapping("/statistics/microdata")
    String list(CurrentUser user, Model model) {
        requireSignedIn(user);
        model.addAttribute("datasets", readable(user).stream().map(MicrodataDataset::view).toList());
        return "statistics/microdata-list";
    }

    @GetMapping("/statistics/microdata/{id}")
    String pivot(@PathVariable String id, @RequestParam(required = false) List<String> rows,
                 @RequestParam(required = false) String column, @RequestParam(defaultValue = "ROC_YEAR") TimeGrain grain,
                 CurrentUser user, Model model) {
        requireSignedIn(user);
        MicrodataDataset dataset = dataset(id, user);
        List<String> rowDims = rows == null || rows.isEmpty()
                ? dataset.dimensions().stream().limit(1).map(c -> c.name()).toList() : rows;
        String col = column != null ? column : dataset.sexColumn().map(c -> c.name()).orElse(null);
        model.addAttribute("dataset", dataset.view());
        model.addAttribute("rows", rowDims);
        model.addAttribute("column", col);
        model.addAttribute("grain", grain);
        model.addAttribute("grains", TimeGrain.values());
        model.addAttribute("result", run(id, PivotRequest.of(rowDims, col).withGrain(grain)));
        return "statistics/microdata-pivot";
    }

    @GetMapping("/api/v1/statistics/microdata")
    @ResponseBody
    List<MicrodataView> apiList(CurrentUser user) {
        requireSignedIn(user);
        return readable(user).stream().map(MicrodataDataset::view).toList();
    }

    @GetMapping("/api/v1/statistics/microdata/{id}/pivot")
    @ResponseBody
    PivotResult apiPivot(@PathVariable String id, @RequestParam List<String> rows,
                         @RequestParam(required = false) String column,
                         @RequestParam(defaultValue = "MONTH") TimeGrain grain, CurrentUser user) {
        requireSignedIn(user);
        dataset(id, user);
        return run(id, PivotRequest.of(rows, column).withGrain(grain));
    }

    private PivotResult run(String id, PivotRequest request) {
        try {
            return pivots.pivot(id, request);
        } catch (MicrodataException e) {
            throw DomainException.invalid(e.getMessageKey(), e.getArguments());
        }
    }

    /** A dataset of an agency the user may read; any other answers 404 as if it did not exist. */
    private MicrodataDataset dataset(String id, CurrentUser user) {
        return registry.find(id).filter(d -> user.canReadAgency(d.agencyId()))
                .orElseThrow(() -> new NotFoundException("microdata", id));
    }

    private List<MicrodataDataset> readable(CurrentUser user) {
        return registry.list().stream().filter(d -> user.canReadAgency(d.agencyId())).toList();
    }

    private static void requireSignedIn(CurrentUser user) {
        if (user.isAnonymous()) {
            throw new tw.mainstream.shared.domain.ForbiddenException();
        }
    }
}
