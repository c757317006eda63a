package tw.mainstream.statistics.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.statistics.domain.ObservationStore;
import tw.mainstream.statistics.domain.StatTable;
import tw.mainstream.statistics.domain.StatTableMetadata;
import tw.mainstream.statistics.domain.StatTableRepository;
import tw.mainstream.statistics.importing.Observation;

/**
 * Demo statistics of the two example agencies: staff by grade and sex for five years (both),
 * and for 移民署 entry/exit by sex and nationality and foreign residents by sex. Published, so the
 * public section has content. Idempotent: a table that exists by title is left alone.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "mainstream.demo.enabled", havingValue = "true")
class StatisticsDemoData implements ApplicationRunner {

    static final List<String> GRADES = List.of("簡任（第10職等以上）", "薦任（第6至9職等）", "委任（第1至5職等）", "約聘僱人員");
    private final StatTableRepository tables;
    private final ObservationStore observations;
    private final CommitteeApi committee;
    private final Clock clock;

    StatisticsDemoData(StatTableRepository tables, ObservationStore observations, CommitteeApi committee, Clock clock) {
        this.tables = tables;
        this.observations = observations;
        this.committee = committee;
        this.clock = clock;
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
        staff(nia, "移民署", new int[][] {{62, 28}, {1180, 1240}, {560, 610}, {150, 260}}, 11);
        staff(doit, "資訊局", new int[][] {{14, 9}, {120, 98}, {22, 31}, {8, 17}}, 3);
        crossings(nia);
        residents(nia);
    }

    private void staff(Long agency, String name, int[][] base, int step) {
        List<Observation> values = new ArrayList<>();
        for (int y = 0; y < 5; y++) {
            for (int g = 0; g < GRADES.size(); g++) {
                // women's share rises a little each year, faster in the senior grades (plausible, not constant)
                int men = base[g][0] - y * step * (g + 1) / 5;
                int women = base[g][1] + y * step * (g + 1) / 4 + y;
                add(values, 2018 + y, "M", GRADES.get(g), "", "人數", men, g);
                add(values, 2018 + y, "F", GRADES.get(g), "", "人數", women, g);
                add(values, 2018 + y, "T", GRADES.get(g), "", "人數", men + women, g);
            }
        }
        save(agency, new StatTableMetadata(name + "員工人數按職等及性別分", name + "現有員工人數，按官等（職等）及性別分，每年依人事資料更新。",
                "人", "人事室（人事資料）", "每年", "每年 12 月底", "人事室 性別統計承辦人", List.of("性別平等", "人事")),
                values, List.of("YEAR", "SEX", "GRADE"), null);
    }

    private void crossings(Long agency) {
        String[][] nations = {{"本國", "8210", "8460"}, {"日本", "610", "540"}, {"越南", "380", "720"}, {"印尼", "290", "510"},
                {"美國", "260", "210"}, {"其他", "980", "870"}};
        // 107 (2018) to 111 (2022): a peak in 108, borders closed from 109, reopening late in 111
        double[] covid = {1.0, 1.06, 0.23, 0.04, 0.12};
        List<Observation> values = new ArrayList<>();
        for (int y = 0; y < 5; y++) {
            for (int n = 0; n < nations.length; n++) {
                for (String dir : List.of("入境", "出境")) {
                    double f = covid[y] * (dir.equals("入境") ? 1.0 : 1.01);
                    int men = (int) Math.round(Integer.parseInt(nations[n][1]) * f);
                    int women = (int) Math.round(Integer.parseInt(nations[n][2]) * f);
                    values.add(new Observation(2018 + y, "M", "", "", nations[n][0], "", "", dir, "人次（千）",
                            BigDecimal.valueOf(men), n));
                    values.add(new Observation(2018 + y, "F", "", "", nations[n][0], "", "", dir, "人次（千）",
                            BigDecimal.valueOf(women), n));
                }
            }
        }
        save(agency, new StatTableMetadata("入出國人次按性別及國籍分", "經由我國各機場、港口入出國之人次，按入出境、國籍及性別分。",
                "千人次", "移民署大數據分析平臺", "每年", "每年 1 月至 12 月", "移民資訊組", List.of("性別平等", "入出國")),
                values, List.of("YEAR", "SEX", "NATIONALITY", "OTHER"), "入出境別");
    }

    private void residents(Long agency) {
        String[] nations = {"印尼", "越南", "菲律賓", "泰國", "日本", "其他"};
        int[][] base = {{98000, 192000}, {160000, 110000}, {72000, 88000}, {58000, 12000}, {9000, 6000}, {38000, 27000}};
        List<Observation> values = new ArrayList<>();
        for (int y = 0; y < 5; y++) {
            for (int n = 0; n < nations.length; n++) {
                add(values, 2018 + y, "M", "", nations[n], "人數", base[n][0] + y * 1800 * (n % 3 + 1), n);
                add(values, 2018 + y, "F", "", nations[n], "人數", base[n][1] + y * 2300 * (n % 2 + 1), n);
            }
        }
        save(agency, new StatTableMetadata("外僑居留人數按性別及國籍分", "持有效外僑居留證之外籍人士，按國籍及性別分（年底數）。", "人",
                "移民署", "每年", "每年 12 月底", "移民資訊組", List.of("性別平等", "外僑居留")),
                values, List.of("YEAR", "SEX", "NATIONALITY"), null);
    }

    private static void add(List<Observation> values, int year, String sex, String grade, String nationality,
                            String measure, int value, int order) {
        values.add(new Observation(year, sex, grade, "", nationality, "", "", "", measure, BigDecimal.valueOf(value), order));
    }

    private void save(Long agency, StatTableMetadata meta, List<Observation> values, List<String> dims, String other) {
        if (tables.findFirstByAgencyIdAndTitle(agency, meta.title()).isPresent()) {
            return;
        }
        StatTable t = tables.save(new StatTable(agency, meta));
        observations.replaceYears(t.getId(), values);
        LocalDate today = LocalDate.now(clock);
        t.reshape(dims, other, values.stream().map(Observation::measure).distinct().toList(), today);
        t.publish(today);
    }
}
