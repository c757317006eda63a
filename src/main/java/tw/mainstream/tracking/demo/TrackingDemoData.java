package tw.mainstream.tracking.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import tw.mainstream.tracking.domain.DecisionKind;
import tw.mainstream.tracking.domain.DecisionService;
import tw.mainstream.tracking.domain.DecisionService.MeetingRef;
import tw.mainstream.tracking.domain.TrackedItemRepository;

/**
 * Tracked items of the two example minutes (Taipei DOIT 104–105, NIA 110-2 and 111-1), reminder
 * contacts and a gender budget data call. Runs after committee (10) and meetings (30); skipped
 * when already loaded or when the task forces are missing.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "mainstream.demo.enabled", havingValue = "true")
class TrackingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrackingDemoData.class);
    static final String IT_ITEM = "請移民資訊組參考委員意見（大數據分析平臺之分析目的、分析方法及系統人員教育訓練），賡續辦理相關事宜。";

    private final CommitteeApi committee;
    private final TrackedItemRepository items;
    private final DemoItems demo;
    private final DecisionService decisions;
    private final DemoDataCall dataCall;

    TrackingDemoData(CommitteeApi committee, TrackedItemRepository items, DemoItems demo, DecisionService decisions,
                     DemoDataCall dataCall) {
        this.committee = committee;
        this.items = items;
        this.demo = demo;
        this.decisions = decisions;
        this.dataCall = dataCall;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<TaskForceView> nia = taskForce("內政部移民署");
        Optional<TaskForceView> doit = taskForce("臺北市政府資訊局");
        if (nia.isEmpty() || doit.isEmpty()) {
            log.warn("Tracking demo data skipped: the demo task forces are missing");
            return;
        }
        if (items.findByTaskForceIdAndStatusOrderByOriginDateAscIdAsc(nia.get().id(),
                tw.mainstream.tracking.domain.ItemStatus.OPEN).stream().anyMatch(i -> i.getContent().equals(IT_ITEM))) {
            return;
        }
        taipei(doit.get());
        immigration(nia.get());
        dataCall.send(nia.get().agencyId());
    }

    private void taipei(TaskForceView tf) {
        var planning = demo.item(tf, "調整本屆「臺北市智慧城市委員會」委員名單性別比例，提高女性成員比。", "綜合企劃組",
                Set.of(), LocalDate.of(2015, 10, 12), "104/10/12 會議");
        decisions.decideUnchecked(planning.getId(), new MeetingRef(null, LocalDate.of(2015, 12, 28), "104/12/28 會議"),
                DecisionKind.CONTINUE, "主席裁示請辦理「臺北智慧城市委員會」增聘 2 名女性委員，建請吳委員嘉麗提供委員推薦名單。",
                null, "資訊局幕僚");
        demo.report(planning, "綜合企劃組", "預計於下一季召開「臺北智慧城市委員會」前完成增聘作業。", false);
        var tag = demo.item(tf, "配合本局推動開放資料政策，同意於臺北市府資料開放平台上規劃加註「性別友善」標籤，並依台北市女性權益促進委員會"
                + "「性別友善宜居城市」結論總表，作為請各局處提供資料之依據。", "系統發展組", Set.of(),
                LocalDate.of(2015, 12, 28), "104/12/28 會議");
        demo.remarks(tag, "105/3/25 性平辦於 104-4 會後進行內部討論後，認為「性別平等」標籤較「性別友善」標籤範疇更廣，"
                + "因此建議改以「性別平等」標籤標註。");
        demo.report(tag, "系統發展組", "已於平臺上相關資料集標註性別平等標籤，目前共 19 筆性別平等相關資料集。", false);
        demo.settings(tf, LocalDate.of(2016, 9, 21));
        demo.contacts(tf.agencyId(), List.of("綜合企劃組", "系統發展組"));
    }

    private void immigration(TaskForceView tf) {
        LocalDate m1102 = LocalDate.of(2021, 12, 20);
        LocalDate m1111 = LocalDate.of(2022, 7, 25);
        MeetingRef meeting1111 = new MeetingRef(null, m1111, "111 年第 1 次會議");
        var plan = demo.item(tf, "有關「內政部性別平等推動計畫(111 至 114 年)(草案)」研擬部會層級議題及相關資料案，請國境事務大隊依委員建議修正。",
                "國境事務大隊", Set.of(), m1102, "110 年第 2 次會議");
        demo.report(plan, "國境事務大隊", "業經國境事務大隊依委員建議，修正該大隊所提部會層級議題「提升外來人口性別平等觀念」相關內容，"
                + "並經內政部 110 年 12 月 30 日函訂定。", true);
        decisions.decideUnchecked(plan.getId(), meeting1111, DecisionKind.CLOSE, null, null, demo.staff(plan.getAgencyId()));
        var shelter = demo.item(tf, "本署性平專題報告：「移民署協助失聯移工懷孕或攜子婦女安置機制」案，請依委員建議研議相關精進措施，"
                + "並以其他管道積極爭取相關補助。", "國際及執法事務組", Set.of(), m1102, "110 年第 2 次會議");
        demo.report(shelter, "國際及執法事務組", "業經國際及執法事務組依委員建議，研議相關精進措施及以其他管道積極爭取相關補助。", false);
        decisions.decideUnchecked(shelter.getId(), meeting1111, DecisionKind.CONTINUE,
                "委員意見：因本案尚有與其他部會聯繫作業，建議賡續列管，並請加強論述和其他部會聯繫作為情形。",
                "請彙整相關數據送委員參考，並依委員意見賡續辦理，於下次會議再次報告辦理情形。", demo.staff(shelter.getAgencyId()));
        demo.item(tf, IT_ITEM, "移民資訊組", Set.of(), m1111, "111 年第 1 次會議");
        demo.item(tf, "持續追蹤列管同性婚姻合法化等議題（行政院性別平等會相關重要決定(議)事項內政部辦理情形表）", "移民事務組",
                Set.of("移民資訊組"), LocalDate.of(2022, 6, 30), "行政院性別平等會相關重要決定(議)事項");
        demo.settings(tf, LocalDate.of(2022, 12, 15));
        demo.contacts(tf.agencyId(), List.of("國際及執法事務組", "移民資訊組", "移民事務組", "國境事務大隊", "主計室"));
    }

    private Optional<TaskForceView> taskForce(String agency) {
        return committee.agencyByName(agency).map(AgencyView::id)
                .flatMap(id -> committee.taskForcesOf(id).stream().findFirst());
    }
}
