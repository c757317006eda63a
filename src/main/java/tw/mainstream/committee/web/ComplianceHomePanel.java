package tw.mainstream.committee.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.ComplianceReport;
import tw.mainstream.committee.domain.ComplianceService;
import tw.mainstream.committee.domain.TaskForce;
import tw.mainstream.committee.domain.TaskForceRepository;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.HomePanel;

/** The secretariat's home: what the own task force's composition needs today. */
@Component
class ComplianceHomePanel implements HomePanel {
    private final TaskForceRepository taskForces;
    private final ComplianceService compliance;
    private final Clock clock;

    ComplianceHomePanel(TaskForceRepository taskForces, ComplianceService compliance, Clock clock) {
        this.taskForces = taskForces;
        this.compliance = compliance;
        this.clock = clock;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return user.is(AccountRole.SECRETARIAT) && user.agencyId() != null;
    }

    @Override
    public String fragment() {
        return "committee/home :: panel";
    }

    @Override
    public Map<String, Object> model(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        List<TaskForce> own = taskForces.findByAgencyId(user.agencyId());
        List<Map<String, Object>> items = own.stream().map(tf -> {
            ComplianceReport r = compliance.report(tf, today);
            return Map.<String, Object>of("taskForce", tf, "report", r);
        }).toList();
        return Map.of("items", items);
    }

    @Override
    public int order() {
        return 10;
    }
}
