package tw.mainstream.statistics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tw.mainstream.statistics.TableFigures;
import tw.mainstream.statistics.TableFigures.CategoryFigure;
import tw.mainstream.statistics.TableFigures.YearFigure;
import tw.mainstream.statistics.importing.Observation;
import tw.mainstream.statistics.importing.SexCode;
import tw.mainstream.shared.time.RocDates;

/** Computes the indicators of a table from its observations (see {@link TableFigures}). */
public final class FigureCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FigureCalculator() {
    }

    public static TableFigures figures(List<Observation> all, String measure, String categoryLabel) {
        List<Observation> values = all.stream().filter(o -> o.measure().equals(measure)).toList();
        TreeMap<Integer, List<Observation>> byYear = new TreeMap<>();
        values.forEach(o -> byYear.computeIfAbsent(o.year(), y -> new ArrayList<>()).add(o));
        List<YearFigure> years = new ArrayList<>();
        BigDecimal previousShare = null;
        for (Map.Entry<Integer, List<Observation>> e : byYear.entrySet()) {
            List<Observation> rows = totalsOnly(e.getValue());
            BigDecimal men = sum(rows, "M");
            BigDecimal women = sum(rows, "F");
            if (men == null && women == null) {
                continue;
            }
            men = men == null ? BigDecimal.ZERO : men;
            women = women == null ? BigDecimal.ZERO : women;
            BigDecimal total = men.add(women);
            BigDecimal share = percent(women, total);
            BigDecimal ratio = women.signum() == 0 ? null : men.multiply(HUNDRED).divide(women, 1, RoundingMode.HALF_UP);
            BigDecimal change = share == null || previousShare == null ? null : share.subtract(previousShare);
            years.add(new YearFigure(e.getKey(), RocDates.rocYear(e.getKey()), men, women, total, share, ratio, men.subtract(women),
                    change));
            previousShare = share;
        }
        int latest = years.isEmpty() ? 0 : years.get(years.size() - 1).year();
        return new TableFigures(measure, years, categoryLabel, RocDates.rocYear(latest), categories(byYear.get(latest)));
    }

    private static List<CategoryFigure> categories(List<Observation> rows) {
        Map<String, BigDecimal[]> byCategory = new LinkedHashMap<>();
        if (rows == null) {
            return List.of();
        }
        for (Observation o : rows) {
            if (isTotalCategory(o) || o.category().isEmpty() || o.sex().equals("T") || o.sex().isEmpty()) {
                continue;
            }
            BigDecimal[] mf = byCategory.computeIfAbsent(o.category(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            int i = o.sex().equals("M") ? 0 : 1;
            mf[i] = mf[i].add(o.value());
        }
        List<CategoryFigure> result = new ArrayList<>();
        byCategory.forEach((name, mf) -> result.add(new CategoryFigure(name, mf[0], mf[1], percent(mf[1], mf[0].add(mf[1])))));
        return result;
    }

    /** When the file holds subtotal rows (職等 = 合計), the year's figures use them alone. */
    private static List<Observation> totalsOnly(List<Observation> rows) {
        List<Observation> totals = rows.stream().filter(FigureCalculator::isTotalCategory).toList();
        return totals.isEmpty() ? rows : totals;
    }

    private static boolean isTotalCategory(Observation o) {
        return !o.category().isEmpty() && java.util.Arrays.stream(o.category().split(" · "))
                .allMatch(part -> SexCode.parse(part).filter(c -> c == SexCode.T).isPresent());
    }

    private static BigDecimal sum(List<Observation> rows, String sex) {
        return rows.stream().filter(o -> o.sex().equals(sex)).map(Observation::value).reduce(BigDecimal::add).orElse(null);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }
}
