package tw.mainstream.statistics.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.statistics.BudgetCategory;
import tw.mainstream.statistics.TrainingCourseView;
import tw.mainstream.statistics.budget.BudgetLine;
import tw.mainstream.statistics.budget.GenderBudgetItem;
import tw.mainstream.statistics.budget.GenderBudgetRepository;
import tw.mainstream.statistics.training.StaffHeadcount;
import tw.mainstream.statistics.training.StaffHeadcountRepository;
import tw.mainstream.statistics.training.TrainingCourse;
import tw.mainstream.statistics.training.TrainingRepository;

/**
 * Demo gender budget of 移民署 for fiscal years 111 and 112 (the units that filled it in the
 * minutes), and training courses of both agencies, including the Taipei 性別訓練主流化基礎課程
 * and the new-immigrant digital courses with their learners' follow-up. Idempotent.
 */
@Component
@Order(61)
@ConditionalOnProperty(name = "mainstream.demo.enabled", havingValue = "true")
class BudgetTrainingDemoData implements ApplicationRunner {

    private final GenderBudgetRepository budget;
    private final TrainingRepository courses;
    private final StaffHeadcountRepository headcounts;
    private final CommitteeApi committee;

    BudgetTrainingDemoData(GenderBudgetRepository budget, TrainingRepository courses,
                           StaffHeadcountRepository headcounts, CommitteeApi committee) {
        this.budget = budget;
        this.courses = courses;
        this.headcounts = headcounts;
        this.committee = committee;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        DemoAgencies agencies = DemoAgencies.find(committee).orElse(null);
        if (agencies == null) {
            return;
        }
        Long nia = agencies.nia();
        Long doit = agencies.doit();
        if (!budget.existsByAgencyIdAndFiscalYear(nia, 111)) {
            for (int year : new int[] {111, 112}) {
                double f = year == 111 ? 1.0 : 1.08;
                item(nia, year, "移民事務組", BudgetCategory.PLAN, "新住民家庭成長及照顧輔導服務", "新住民女性就業與家庭照顧負擔",
                        "提升新住民女性參與課程比率", 38500 * f, year == 111 ? 36210.0 : null);
                item(nia, year, "移民資訊組", BudgetCategory.TOOL, "性別統計資料庫與大數據分析平臺維運", "入出國及居留資料缺乏性別分析",
                        "完成入出國、外僑居留按性別統計", 4200 * f, year == 111 ? 4105.0 : null);
                item(nia, year, "主計室", BudgetCategory.TOOL, "性別預算編列及執行檢討", "各單位性別預算認定標準不一",
                        "辦理性別預算說明會", 120 * f, year == 111 ? 96.0 : null);
                item(nia, year, "南區事務大隊", BudgetCategory.PLAN, "失聯移工懷孕或攜子婦女安置", "懷孕失聯移工之醫療及安置",
                        "安置處所完成友善設施改善", 2600 * f, year == 111 ? 2480.0 : null);
                item(nia, year, "移民事務組", BudgetCategory.OTHER, "性別平等工作小組外聘委員出席費", "小組運作", "每年召開 2 次會議",
                        24 * f, year == 111 ? 20.0 : null);
            }
        }
        if (!courses.existsByAgencyIdAndTopic(doit, "性別訓練主流化基礎課程")) {
            course(doit, "性別訓練主流化基礎課程", 3, "實體", LocalDate.of(2016, 8, 17), "STAFF", false, 6, 5, 61, 52, 0, 0, 0, 0);
            course(doit, "新移民數位課程", 12, "實體", LocalDate.of(2016, 7, 2), "PUBLIC", true, 0, 0, 0, 0, 3, 37, 2, 26);
            course(doit, "性別影響評估與資訊業務", 2, "線上", LocalDate.of(2025, 5, 14), "STAFF", false, 9, 6, 88, 71, 0, 0, 0, 0);
            course(doit, "新移民數位課程（進階）", 9, "混成", LocalDate.of(2025, 10, 4), "PUBLIC", true, 0, 0, 0, 0, 5, 41, 3, 33);
            course(nia, "CEDAW 與移民業務", 2, "線上", LocalDate.of(2025, 4, 9), "STAFF", false, 38, 21, 620, 704, 0, 0, 0, 0);
            course(nia, "多元性別與同性伴侶註記實務", 3, "實體", LocalDate.of(2025, 9, 23), "STAFF", false, 22, 14, 190, 236, 0, 0, 0, 0);
            headcount(doit, 2025, 15, 10, 139, 151);
            headcount(nia, 2025, 71, 38, 1820, 2015);
        }
    }

    private void item(Long agency, int year, String unit, BudgetCategory category, String plan, String issue, String goal,
                      double planned, Double spent) {
        Long unitId = committee.unitByName(agency, unit).map(UnitView::id).orElse(null);
        budget.save(new GenderBudgetItem(agency, new BudgetLine(year, unitId, category, plan, issue, goal,
                BigDecimal.valueOf(Math.round(planned * 10) / 10.0), spent == null ? null : BigDecimal.valueOf(spent),
                spent == null ? null : "依計畫執行完竣")));
    }

    private void course(Long agency, String topic, double hours, String format, LocalDate on, String audience,
                        boolean outreach, int... n) {
        courses.save(new TrainingCourse(agency, new TrainingCourseView(null, agency, topic, BigDecimal.valueOf(hours),
                format, on, audience, outreach, n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7])));
    }

    private void headcount(Long agency, int year, int... n) {
        StaffHeadcount h = new StaffHeadcount(agency, year);
        h.set(n[0], n[1], n[2], n[3]);
        headcounts.save(h);
    }
}
