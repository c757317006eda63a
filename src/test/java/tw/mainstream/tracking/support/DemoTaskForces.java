package tw.mainstream.tracking.support;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.domain.Charter;
import tw.mainstream.committee.domain.TaskForce;
import tw.mainstream.committee.domain.TaskForceRepository;

/**
 * Tests only: makes sure the two demo agencies have a task force before the tracking demo data
 * (order 40) runs, whether or not the committee demo data creates them. A no-op when they exist; absent
 * without demo data (module tests).
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "mainstream.demo.enabled", havingValue = "true")
class DemoTaskForces implements ApplicationRunner {
    private final CommitteeApi committee;
    private final TaskForceRepository taskForces;

    DemoTaskForces(CommitteeApi committee, TaskForceRepository taskForces) {
        this.committee = committee;
        this.taskForces = taskForces;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        ensure("內政部移民署", "內政部移民署性別平等工作小組");
        ensure("臺北市政府資訊局", "臺北市政府資訊局性別平等專案小組");
    }

    private void ensure(String agency, String name) {
        committee.agencyByName(agency).map(AgencyView::id).ifPresent(id -> {
            if (committee.taskForcesOf(id).isEmpty()) {
                taskForces.save(new TaskForce(id, name, new Charter()));
            }
        });
    }
}
