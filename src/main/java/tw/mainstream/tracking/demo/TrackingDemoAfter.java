package tw.mainstream.tracking.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;

/**
 * What follows the example meetings (50): the item the Executive Yuan's committee handed down to
 * 移民事務組 (reported in 111-1's 報告事項), 國際及執法事務組's report on the item 111-1 kept open (the
 * data promised to the members), the next meeting dates, reminder contacts and a data call. Runs once.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "mainstream.demo.enabled", havingValue = "true")
class TrackingDemoAfter implements ApplicationRunner {

    static final String HANDED_DOWN = "行政院性別平等會相關重要決定(議)事項";

    private final CommitteeApi committee;
    private final DemoItems demo;
    private final DemoDataCall dataCall;

    TrackingDemoAfter(CommitteeApi committee, DemoItems demo, DemoDataCall dataCall) {
        this.committee = committee;
        this.demo = demo;
        this.dataCall = dataCall;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Optional<TaskForceView> nia = TrackingDemoData.taskForce(committee, "內政部移民署");
        Optional<TaskForceView> doit = TrackingDemoData.taskForce(committee, "臺北市政府資訊局");
        if (nia.isEmpty() || doit.isEmpty() || demo.openLedBy(nia.get(), "移民資訊組").isEmpty()
                || demo.openLedBy(nia.get(), "移民事務組").isPresent()) {
            return;
        }
        TaskForceView tf = nia.get();
        demo.item(tf, "持續追蹤列管同性婚姻合法化等議題（行政院性別平等會相關重要決定(議)事項內政部辦理情形表）", "移民事務組",
                Set.of("移民資訊組"), LocalDate.of(2022, 6, 30), HANDED_DOWN);
        demo.openLedBy(tf, "國際及執法事務組").filter(i -> i.getRound() == 2).ifPresent(shelter -> demo.report(shelter,
                "國際及執法事務組", "已彙整懷孕失聯移工安置相關數據送委員參考，並持續與勞動部聯繫，爭取由就業安定基金挹注失聯移工醫療費用。",
                false, LocalDate.of(2022, 11, 15)));
        demo.settings(tf, LocalDate.of(2022, 12, 15));
        demo.contacts(tf.agencyId(), List.of("國際及執法事務組", "移民資訊組", "移民事務組", "國境事務大隊", "主計室"));
        demo.settings(doit.get(), LocalDate.of(2016, 9, 21));
        demo.contacts(doit.get().agencyId(), List.of("綜合企劃組", "系統發展組"));
        dataCall.send(tf.agencyId());
    }
}
