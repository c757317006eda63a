package tw.mainstream.publicsite.web;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.MemberView;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.publicsite.PublicMinutesProvider;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.statistics.StatisticsApi;
import tw.mainstream.statistics.TableFigures;

/** The public section's front page and each agency's 性別主流化專區. */
@Controller
class PublicController {

    private final CommitteeApi committee;
    private final StatisticsApi statistics;
    private final PublicFigures figures;
    private final List<PublicMinutesProvider> minutes;
    private final Clock clock;

    PublicController(CommitteeApi committee, StatisticsApi statistics, PublicFigures figures,
                     List<PublicMinutesProvider> minutes, Clock clock) {
        this.committee = committee;
        this.statistics = statistics;
        this.figures = figures;
        this.minutes = minutes;
        this.clock = clock;
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
        LocalDate today = LocalDate.now(clock);
        List<TaskForceView> taskForces = committee.taskForcesOf(id);
        model.addAttribute("agency", agency);
        model.addAttribute("taskForces", taskForces.stream()
                .map(tf -> new PublicTaskForce(tf, publicMembers(committee.activeMembers(tf.id(), today)))).toList());
        var tables = statistics.publishedTables(id, null);
        model.addAttribute("tables", tables);
        model.addAttribute("tableFigures", tables.stream().limit(3)
                .map(t -> new TableWithFigures(t.id(), t.title(), statistics.publishedFigures(t.id()))).toList());
        model.addAttribute("minutes", minutes.stream().flatMap(p -> p.publishedMinutes(id).stream())
                .sorted(Comparator.comparing(PublicMinutesProvider.PublicMinutesLink::meetingDate).reversed()).toList());
        figures.addBudgetAndTraining(id, model);
        return "publicsite/agency";
    }

    /** Only public facts about members: name, sex, role and internal/external. */
    static List<PublicMember> publicMembers(List<MemberView> members) {
        return members.stream().map(m -> new PublicMember(m.name(), m.sex(), m.role(), m.internal(),
                m.internal() ? null : m.organisation())).toList();
    }

    record PublicMember(String name, tw.mainstream.committee.Sex sex, tw.mainstream.committee.Role role,
                        boolean internal, String organisation) {
    }

    /** Counts are of voting seats, as the compliance report counts them (the liaison is listed, not counted). */
    record PublicTaskForce(TaskForceView taskForce, List<PublicMember> members) {
        public long seats() {
            return voting().count();
        }

        public long women() {
            return voting().filter(m -> m.sex() == tw.mainstream.committee.Sex.FEMALE).count();
        }

        public long external() {
            return voting().filter(m -> !m.internal()).count();
        }

        private java.util.stream.Stream<PublicMember> voting() {
            return members.stream().filter(m -> m.role().isVoting());
        }
    }

    record TableWithFigures(Long id, String title, List<TableFigures> figures) {
    }
}
