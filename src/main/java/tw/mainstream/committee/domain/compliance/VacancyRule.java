package tw.mainstream.committee.domain.compliance;

import static tw.mainstream.committee.ComplianceFinding.Level.INFO;
import static tw.mainstream.committee.ComplianceFinding.Level.PASS;
import static tw.mainstream.committee.ComplianceFinding.Level.WARNING;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.mainstream.committee.ComplianceFinding;
import tw.mainstream.committee.ComplianceRule;
import tw.mainstream.committee.domain.Charter;
import tw.mainstream.shared.time.RocDates;

/**
 * 出缺: a seat that ended before its term, whose term still runs, not yet taken by a later
 * appointment of the same kind (internal/external). It may be filled (補聘) only while at least
 * {@code vacancyMinMonths} of the term remain; ex officio seats are always filled by the post.
 */
final class VacancyRule {
    private VacancyRule() {
    }

    static List<ComplianceFinding> check(Charter c, List<Seat> seats, LocalDate date) {
        List<Seat> replacements = new ArrayList<>(seats.stream().filter(s -> !s.appointedOn().isAfter(date)).toList());
        List<ComplianceFinding> out = new ArrayList<>();
        List<Seat> vacated = seats.stream()
                .filter(s -> s.counts() && s.endedEarly() && !s.endedOn().isAfter(date)
                        && (s.termEndsOn() == null ? s.exOfficio() : !s.termEndsOn().isBefore(date)))
                .sorted((a, b) -> a.endedOn().compareTo(b.endedOn()))
                .toList();
        for (Seat v : vacated) {
            Seat taken = replacements.stream()
                    .filter(r -> r != v && r.counts() && r.internal() == v.internal()
                            && !r.appointedOn().isBefore(v.endedOn()))
                    .findFirst().orElse(null);
            if (taken != null) {
                replacements.remove(taken);
                continue;
            }
            if (v.termEndsOn() == null) {
                out.add(ComplianceRules.finding(ComplianceRule.VACANCY, WARNING, Map.of("monthsLeft", -1),
                        "vacancy.exOfficio", v.name(), RocDates.formatShort(v.endedOn()), v.post()));
                continue;
            }
            int monthsLeft = (int) ChronoUnit.MONTHS.between(date, v.termEndsOn().plusDays(1));
            boolean fillable = monthsLeft >= c.getVacancyMinMonths();
            out.add(ComplianceRules.finding(ComplianceRule.VACANCY, fillable ? WARNING : INFO,
                    Map.of("monthsLeft", monthsLeft, "minMonths", c.getVacancyMinMonths()),
                    fillable ? "vacancy.fillable" : "vacancy.notFillable", v.name(),
                    RocDates.formatShort(v.endedOn()), RocDates.formatShort(v.termEndsOn()), monthsLeft,
                    c.getVacancyMinMonths()));
        }
        if (out.isEmpty()) {
            out.add(ComplianceRules.finding(ComplianceRule.VACANCY, PASS, Map.of(), "vacancy.none"));
        }
        return out;
    }
}
