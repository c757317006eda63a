package tw.mainstream.committee.demo;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.domain.Agency;
import tw.mainstream.committee.domain.OtherCommittee;
import tw.mainstream.committee.domain.OtherCommitteeRepository;
import tw.mainstream.committee.domain.TaskForceRepository;
import tw.mainstream.committee.domain.AgencyRepository;
import tw.mainstream.committee.domain.Unit;
import tw.mainstream.committee.domain.UnitRepository;
import tw.mainstream.shared.privacy.PublicNamePolicy;
import tw.mainstream.shared.privacy.PublicNamePolicyRepository;
import tw.mainstream.shared.text.NameMasking;

/** Demo agencies, units, task forces and the committee register, named as in the two example minutes. Idempotent. */
@Component
@Order(10)
@ConditionalOnProperty(name = "mainstream.demo.enabled", havingValue = "true")
class CommitteeDemoData implements ApplicationRunner {

    static final List<String> NIA_UNITS = List.of("移民事務組", "國際及執法事務組", "國境事務大隊", "移民資訊組",
            "秘書室", "人事室", "主計室", "政風室", "南區事務大隊", "北區事務大隊", "中區事務大隊");
    static final List<String> DOIT_UNITS = List.of("綜合企劃組", "應用服務組", "系統發展組", "設備網路組",
            "秘書室", "人事室", "會計室", "政風室", "法務");

    private final AgencyRepository agencies;
    private final UnitRepository units;
    private final TaskForceRepository taskForces;
    private final OtherCommitteeRepository committees;
    private final DemoRosters rosters;
    private final PublicNamePolicyRepository publicNames;

    CommitteeDemoData(AgencyRepository agencies, UnitRepository units, TaskForceRepository taskForces,
                      OtherCommitteeRepository committees, DemoRosters rosters, PublicNamePolicyRepository publicNames) {
        this.publicNames = publicNames;
        this.agencies = agencies;
        this.units = units;
        this.taskForces = taskForces;
        this.committees = committees;
        this.rosters = rosters;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (agencies.findByName("內政部").isEmpty()) {
            createAgencies();
        }
        Long nia = agencies.findByName("內政部移民署").orElseThrow().getId();
        Long doit = agencies.findByName("臺北市政府資訊局").orElseThrow().getId();
        if (taskForces.findByAgencyId(nia).isEmpty()) {
            rosters.nia(nia);
        }
        if (taskForces.findByAgencyId(doit).isEmpty()) {
            rosters.taipei(doit);
        }
        if (publicNames.findByAgencyId(doit).isEmpty()) {
            // the bureau's published minutes mask its members too (吳O麗委員); NIA keeps the default
            PublicNamePolicy policy = new PublicNamePolicy(doit);
            policy.change(true, true, true, NameMasking.Style.MIDDLE);
            publicNames.save(policy);
        }
        register(doit, "臺北市智慧城市委員會", 3, 17,
                "104/10/12 性別平等專案小組決議：調整委員名單性別比例，提高女性成員比；104/12/28 主席裁示增聘 2 名女性委員。");
        register(nia, "內政部移民署外國人收容事務諮詢小組", 4, 7, null);
    }

    private void register(Long agencyId, String name, int women, int men, String note) {
        if (!committees.existsByAgencyIdAndName(agencyId, name)) {
            committees.save(new OtherCommittee(agencyId, name, women, men, 0, note));
        }
    }

    private void createAgencies() {
        Agency moi = agencies.save(new Agency("內政部", "內政部", null));
        Agency nia = agencies.save(new Agency("內政部移民署", "移民署", moi.getId()));
        agencies.save(new Agency("內政部警政署", "警政署", moi.getId()));
        Agency taipei = agencies.save(new Agency("臺北市政府", "臺北市政府", null));
        Agency doit = agencies.save(new Agency("臺北市政府資訊局", "資訊局", taipei.getId()));
        addUnits(nia, NIA_UNITS);
        addUnits(doit, DOIT_UNITS);
    }

    private void addUnits(Agency agency, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            units.save(new Unit(agency.getId(), names.get(i), (i + 1) * 10));
        }
    }
}
