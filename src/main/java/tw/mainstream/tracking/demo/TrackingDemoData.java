package tw.mainstream.tracking.demo;

import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.tracking.domain.TrackedItem;

/**
 * The units' reports between the meetings of the demo (after the earlier meetings (30) opened the
 * items, before the example meetings (50) follow them up): what the examples print as 辦理情形 /
 * 執行情形, and the 備註 the Taipei table keeps. Runs once: skipped when the items already have them.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "mainstream.demo.enabled", havingValue = "true")
class TrackingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrackingDemoData.class);

    private final CommitteeApi committee;
    private final DemoItems demo;

    TrackingDemoData(CommitteeApi committee, DemoItems demo) {
        this.committee = committee;
        this.demo = demo;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<TaskForceView> nia = taskForce(committee, "內政部移民署");
        Optional<TaskForceView> doit = taskForce(committee, "臺北市政府資訊局");
        if (nia.isEmpty() || doit.isEmpty()) {
            log.warn("Tracking demo data skipped: the demo task forces are missing");
            return;
        }
        Optional<TrackedItem> plan = demo.openLedBy(nia.get(), "國境事務大隊");
        if (plan.isEmpty() || plan.get().getRound() > 1 || demo.hasReports(plan.get())) {
            return;
        }
        immigration(nia.get(), plan.get());
        taipei(doit.get());
    }

    /** Before 111-1: what 國境事務大隊 and 國際及執法事務組 reported on the 110-2 resolutions. */
    private void immigration(TaskForceView tf, TrackedItem plan) {
        LocalDate before1111 = LocalDate.of(2022, 7, 1);
        demo.report(plan, "國境事務大隊", "業經國境事務大隊依委員建議，修正該大隊所提部會層級議題「提升外來人口性別平等觀念」相關內容，"
                + "並經內政部 110 年 12 月 30 日函訂定。", true, before1111);
        demo.openLedBy(tf, "國際及執法事務組").ifPresent(shelter -> demo.report(shelter, "國際及執法事務組",
                "業經國際及執法事務組依委員建議，研議相關精進措施及以其他管道積極爭取相關補助。", false, before1111));
    }

    /** Before 105-2: the two items' 執行情形, and the 性平辦's note on the second. */
    private void taipei(TaskForceView tf) {
        LocalDate before1052 = LocalDate.of(2016, 9, 1);
        demo.openLedBy(tf, "綜合企劃組").ifPresent(ratio -> demo.report(ratio, "綜合企劃組",
                "預計於下一季召開「臺北智慧城市委員會」前完成增聘作業。", false, before1052));
        demo.openLedBy(tf, "系統發展組").ifPresent(tag -> {
            demo.remarks(tag, "105/3/25 性平辦於 104-4 會後進行內部討論後，認為「性別平等」標籤較「性別友善」標籤範疇更廣，"
                    + "因此建議改以「性別平等」標籤標註。");
            demo.report(tag, "系統發展組", "已於平臺上相關資料集標註性別平等標籤，目前共 19 筆性別平等相關資料集。\n"
                    + "以私立托嬰中心為例，連結及圖片如下：", false, before1052);
        });
    }

    static Optional<TaskForceView> taskForce(CommitteeApi committee, String agency) {
        return committee.agencyByName(agency).map(AgencyView::id)
                .flatMap(id -> committee.taskForcesOf(id).stream().findFirst());
    }
}
