package tw.mainstream.tracking.web;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.web.HomePanel;
import tw.mainstream.tracking.datacall.DataCallHomeQueries;
import tw.mainstream.tracking.domain.HomeQueries;

/**
 * The home page block of tracking: for a liaison, items and data calls due from their unit; for the
 * secretariat, the next meeting, late units and items awaiting a decision; for members and
 * oversight, how many items are open.
 */
@Component
class TrackingHomePanel implements HomePanel {

    private final HomeQueries queries;
    private final DataCallHomeQueries dataCalls;

    TrackingHomePanel(HomeQueries queries, DataCallHomeQueries dataCalls) {
        this.queries = queries;
        this.dataCalls = dataCalls;
    }

    @Override
    public boolean visibleTo(CurrentUser user) {
        return !user.isAnonymous() && !user.isAdmin() && user.agencyId() != null;
    }

    @Override
    public String fragment() {
        return "tracking/home-panel";
    }

    @Override
    public Map<String, Object> model(CurrentUser user) {
        Map<String, Object> m = new HashMap<>();
        m.put("role", user.role().name());
        if (user.is(AccountRole.LIAISON)) {
            long[] due = queries.unitDue(user);
            m.put("dueItems", due[0]);
            m.put("overdueItems", due[1]);
            m.put("dueCalls", dataCalls.openForUnit(user.unitId()));
        } else if (user.is(AccountRole.SECRETARIAT)) {
            m.put("nextMeeting", queries.nextMeeting(user.agencyId()));
            m.put("lateUnits", String.join("、", queries.lateUnits(user.agencyId())));
            m.put("awaiting", queries.awaitingDecision(user.agencyId()));
            m.put("dueCalls", dataCalls.openForAgency(user.agencyId()));
        } else {
            m.put("open", queries.openItems(user.readableAgencies()));
        }
        return m;
    }

    @Override
    public int order() {
        return 40;
    }
}
