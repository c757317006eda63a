package tw.mainstream.statistics.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.statistics.BudgetCategory;
import tw.mainstream.statistics.BudgetComparison;
import tw.mainstream.statistics.GenderBudgetView;

/** Gender budget items of an agency: read within scope, edited by its secretariat. */
@Service
@Transactional
public class GenderBudgetService {

    private final GenderBudgetRepository items;
    private final CommitteeApi committee;

    GenderBudgetService(GenderBudgetRepository items, CommitteeApi committee) {
        this.items = items;
        this.committee = committee;
    }

    @Transactional(readOnly = true)
    public List<GenderBudgetView> items(Long agencyId, int year, CurrentUser user) {
        user.requireReadAgency(agencyId);
        return itemsOf(agencyId, year);
    }

    /** Budget items as published on the public page (budget tables are public once entered). */
    @Transactional(readOnly = true)
    public List<GenderBudgetView> itemsOf(Long agencyId, int year) {
        Map<Long, String> units = committee.units(agencyId).stream()
                .collect(Collectors.toMap(UnitView::id, UnitView::name));
        return items.findByAgencyIdAndFiscalYearOrderByCategoryAscIdAsc(agencyId, year).stream()
                .map(i -> view(i, units))
                .sorted(java.util.Comparator.comparing(GenderBudgetView::category).thenComparing(GenderBudgetView::id))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Integer> years(Long agencyId) {
        return items.yearsOf(agencyId);
    }

    @Transactional(readOnly = true)
    public GenderBudgetView item(long id, CurrentUser user) {
        GenderBudgetItem i = items.findById(id).orElseThrow(() -> new NotFoundException("budgetItem", id));
        user.requireReadAgency(i.getAgencyId());
        return view(i, Map.of()).withUnitName(unitName(i.line().unitId()));
    }

    public GenderBudgetView create(CurrentUser user, Long agencyId, BudgetLine line) {
        Long agency = agencyId != null ? agencyId : user.agencyId();
        user.requireManageAgency(agency);
        check(agency, line);
        GenderBudgetItem saved = items.save(new GenderBudgetItem(agency, line));
        return view(saved, Map.of()).withUnitName(unitName(line.unitId()));
    }

    public GenderBudgetView update(long id, long expectedVersion, CurrentUser user, BudgetLine line) {
        GenderBudgetItem i = managed(id, user);
        i.checkVersion(expectedVersion);
        check(i.getAgencyId(), line);
        i.update(line);
        return view(items.saveAndFlush(i), Map.of()).withUnitName(unitName(line.unitId()));
    }

    public void delete(long id, CurrentUser user) {
        items.delete(managed(id, user));
    }

    /** Planned and spent by category for {@code year} beside the year before. */
    @Transactional(readOnly = true)
    public BudgetComparison comparison(Long agencyId, int year) {
        List<GenderBudgetView> now = itemsOf(agencyId, year);
        List<GenderBudgetView> before = itemsOf(agencyId, year - 1);
        List<BudgetComparison.Line> lines = new ArrayList<>();
        for (BudgetCategory c : BudgetCategory.values()) {
            lines.add(new BudgetComparison.Line(c.label(), sum(now, c, GenderBudgetView::planned),
                    sum(before, c, GenderBudgetView::planned), sum(now, c, GenderBudgetView::spent),
                    sum(before, c, GenderBudgetView::spent)));
        }
        BudgetComparison.Line total = new BudgetComparison.Line("合計", sum(now, null, GenderBudgetView::planned),
                sum(before, null, GenderBudgetView::planned), sum(now, null, GenderBudgetView::spent),
                sum(before, null, GenderBudgetView::spent));
        return new BudgetComparison(year, year - 1, lines, total);
    }

    private static BigDecimal sum(List<GenderBudgetView> views, BudgetCategory c, Function<GenderBudgetView, BigDecimal> f) {
        return views.stream().filter(v -> c == null || v.category() == c).map(f).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void check(Long agency, BudgetLine line) {
        if (line.unitId() != null && committee.unit(line.unitId()).filter(u -> u.agencyId().equals(agency)).isEmpty()) {
            throw DomainException.invalid("budget.error.unit");
        }
        if (line.planned().signum() < 0 || (line.spent() != null && line.spent().signum() < 0)) {
            throw DomainException.invalid("budget.error.negative");
        }
    }

    private GenderBudgetItem managed(long id, CurrentUser user) {
        GenderBudgetItem i = items.findById(id).orElseThrow(() -> new NotFoundException("budgetItem", id));
        user.requireManageAgency(i.getAgencyId());
        return i;
    }

    private String unitName(Long unitId) {
        return unitId == null ? "" : committee.unit(unitId).map(UnitView::name).orElse("");
    }

    private static GenderBudgetView view(GenderBudgetItem i, Map<Long, String> units) {
        BudgetLine l = i.line();
        return new GenderBudgetView(i.getId(), i.getAgencyId(), l.fiscalYear(), l.unitId(),
                l.unitId() == null ? "" : units.getOrDefault(l.unitId(), ""), l.category(), l.planName(), l.genderIssue(),
                l.goal(), l.planned(), l.spent(), l.results(), i.getVersion());
    }
}
