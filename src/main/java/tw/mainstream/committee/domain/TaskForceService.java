package tw.mainstream.committee.domain;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/** Task forces and their charters: read within scope, changed by the agency's secretariat or admin. */
@Service
@Transactional
public class TaskForceService {
    private final TaskForceRepository taskForces;
    private final AgencyRepository agencies;

    TaskForceService(TaskForceRepository taskForces, AgencyRepository agencies) {
        this.taskForces = taskForces;
        this.agencies = agencies;
    }

    @Transactional(readOnly = true)
    public List<TaskForce> list(CurrentUser user) {
        return taskForces.findAll().stream().filter(t -> user.canReadAgency(t.getAgencyId()))
                .sorted(java.util.Comparator.comparing(TaskForce::getId)).toList();
    }

    @Transactional(readOnly = true)
    public TaskForce get(Long id, CurrentUser user) {
        TaskForce t = taskForces.findById(id).orElseThrow(() -> new NotFoundException("task-force", id));
        user.requireReadAgency(t.getAgencyId());
        return t;
    }

    public TaskForce create(Long agencyId, String name, CharterInput charter, CurrentUser user) {
        if (agencyId == null || agencies.findById(agencyId).isEmpty()) {
            throw new FieldException("agencyId", "committee.error.required");
        }
        user.requireManageAgency(agencyId);
        return taskForces.save(new TaskForce(agencyId, requireName(name), charter.toCharter()));
    }

    public TaskForce update(Long id, long version, String name, CharterInput charter, CurrentUser user) {
        TaskForce t = get(id, user);
        user.requireManageAgency(t.getAgencyId());
        t.checkVersion(version);
        Charter checked = charter.toCharter();
        t.rename(requireName(name));
        t.getCharter().apply(checked);
        return t;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new FieldException("name", "committee.error.required");
        }
        return name.strip();
    }
}
