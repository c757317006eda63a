package tw.mainstream.publicsite.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.publicsite.PublicMinutesProvider;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.sheet.SpreadsheetFiles;
import tw.mainstream.statistics.OpenDataFile;
import tw.mainstream.statistics.StatisticsApi;
import tw.mainstream.statistics.TableFigures;

/** The public section's front page and each agency's 性別主流化專區. */
@Controller
class PublicController {

    private final CommitteeApi committee;
    private final StatisticsApi statistics;
    private final PublicFigures figures;
    private final List<PublicMinutesProvider> minutes;
    private final PublicMembers members;

    PublicController(CommitteeApi committee, StatisticsApi statistics, PublicFigures figures,
                     List<PublicMinutesProvider> minutes, PublicMembers members) {
        this.committee = committee;
        this.statistics = statistics;
        this.figures = figures;
        this.minutes = minutes;
        this.members = members;
    }

    /** The member list as open data: JSON, names as the agency's public-name policy shows them. */
    @GetMapping(value = "/public/agencies/{id}/members.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<PublicMembers.TaskForceMembers> membersJson(@PathVariable long id) {
        committee.agency(id).orElseThrow(() -> new NotFoundException("agency", id));
        return members.json(id);
    }

    /** The member list as CSV (UTF-8 with BOM). */
    @GetMapping("/public/agencies/{id}/members.csv")
    ResponseEntity<byte[]> membersCsv(@PathVariable long id) {
        committee.agency(id).orElseThrow(() -> new NotFoundException("agency", id));
        return DatasetController.file(new OpenDataFile("members-" + id + ".csv", SpreadsheetFiles.CSV_CONTENT_TYPE,
                SpreadsheetFiles.csv(members.sheet(id))));
    }

    @GetMapping("/public")
    String index(Model model) {
        Collator collator = Collator.getInstance(Locale.TRADITIONAL_CHINESE);
        model.addAttribute("agencies", committee.allAgencies().stream()
                .sorted(Comparator.comparing(AgencyView::name, collator)).toList());
        model.addAttribute("tags", PublicDatasets.tags(statistics.publishedTables(null, null)));
        return "publicsite/index";
    }

    @GetMapping("/public/agencies/{id}")
    String agency(@PathVariable long id, Model model) {
        AgencyView agency = committee.agency(id).orElseThrow(() -> new NotFoundException("agency", id));
        model.addAttribute("agency", agency);
        model.addAttribute("taskForces", members.of(id));
        var tables = statistics.publishedTables(id, null);
        model.addAttribute("tables", tables);
        model.addAttribute("tableFigures", tables.stream().limit(3)
                .map(t -> new TableWithFigures(t.id(), t.title(), statistics.publishedFigures(t.id()))).toList());
        model.addAttribute("minutes", minutes.stream().flatMap(p -> p.publishedMinutes(id).stream())
                .sorted(Comparator.comparing(PublicMinutesProvider.PublicMinutesLink::meetingDate).reversed()).toList());
        figures.addBudgetAndTraining(id, model);
        return "publicsite/agency";
    }

    record TableWithFigures(Long id, String title, List<TableFigures> figures) {
    }
}
