package tw.mainstream.statistics.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tw.mainstream.statistics.GenderBudgetView;
import tw.mainstream.statistics.opendata.Sheet;

/** The official layouts: 性別預算編列情形 (planned) and 性別預算執行情形 (spent). */
public final class BudgetExport {

    private BudgetExport() {
    }

    public static Sheet planned(int year, List<GenderBudgetView> items) {
        List<List<String>> rows = new ArrayList<>();
        for (GenderBudgetView v : items) {
            rows.add(List.of(v.unitName(), v.category().label(), v.planName(), nz(v.genderIssue()), nz(v.goal()),
                    amount(v.planned())));
        }
        return new Sheet(year + "年度性別預算編列情形", List.of("單位", "類別", "計畫或工作項目名稱", "性別議題", "性別目標",
                "預算數（千元）"), rows, 5);
    }

    public static Sheet spent(int year, List<GenderBudgetView> items) {
        List<List<String>> rows = new ArrayList<>();
        for (GenderBudgetView v : items) {
            rows.add(List.of(v.unitName(), v.category().label(), v.planName(), nz(v.results()), amount(v.planned()),
                    amount(v.spent()), amount(v.executionRate())));
        }
        return new Sheet(year + "年度性別預算執行情形", List.of("單位", "類別", "計畫或工作項目名稱", "執行成果", "預算數（千元）",
                "執行數（千元）", "執行率（%）"), rows, 4);
    }

    private static String amount(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
