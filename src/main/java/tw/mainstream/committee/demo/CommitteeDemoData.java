package tw.mainstream.committee.demo;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.domain.Agency;
import tw.mainstream.committee.domain.AgencyRepository;
import tw.mainstream.committee.domain.Unit;
import tw.mainstream.committee.domain.UnitRepository;

/** Demo agencies and units, named as in the two example minutes. Runs once: skipped when present. */
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

    CommitteeDemoData(AgencyRepository agencies, UnitRepository units) {
        this.agencies = agencies;
        this.units = units;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (agencies.findByName("內政部").isPresent()) {
            return;
        }
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
