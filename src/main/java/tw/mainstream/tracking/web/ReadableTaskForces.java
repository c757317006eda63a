package tw.mainstream.tracking.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.AgencyView;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.TaskForceView;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/**
 * The task forces whose follow-up table a user may read: those of the user's own agency first, then
 * those of the other agencies the user reads (oversight: the agencies below; administrators: all).
 */
@Component
class ReadableTaskForces {

    private final CommitteeApi committee;

    ReadableTaskForces(CommitteeApi committee) {
        this.committee = committee;
    }

    List<TaskForceView> of(CurrentUser user) {
        List<TaskForceView> all = new ArrayList<>();
        for (AgencyView agency : committee.readableAgencies(user)) {
            all.addAll(committee.taskForcesOf(agency.id()));
        }
        return all;
    }

    /** The one asked for (when readable), else the first readable one. */
    TaskForceView choose(CurrentUser user, Long id) {
        if (id != null) {
            return committee.taskForce(id).filter(t -> user.canReadAgency(t.agencyId()))
                    .orElseThrow(() -> new NotFoundException("taskForce", id));
        }
        return of(user).stream().findFirst().orElseThrow(() -> new NotFoundException("taskForce", "-"));
    }
}
