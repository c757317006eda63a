package tw.mainstream.account.domain;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.account.domain.AdminReach.Reach;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.sheet.SheetData;
import tw.mainstream.shared.time.RocDates;

/**
 * The sign-in audit as administrators read it: the system administrator every event, an agency
 * administrator the events of accounts (and mappings) of the agencies in their reach.
 */
@Service
@Transactional(readOnly = true)
public class SignInLog {
    public static final int DEFAULT_LIMIT = 500;
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    private final AdminReach reach;
    private final SignInAudit audit;

    SignInLog(AdminReach reach, SignInAudit audit) {
        this.reach = reach;
        this.audit = audit;
    }

    public List<SignInAudit.Event> events(CurrentUser user, String username, Integer limit) {
        Reach r = reach.require(user);
        return audit.events(r.all() ? null : r.agencies(), username, limit == null ? DEFAULT_LIMIT : limit);
    }

    /** The same events as a sheet for the shared spreadsheet writer (CSV with BOM). */
    public SheetData sheet(CurrentUser user, String username) {
        List<List<Object>> rows = new ArrayList<>();
        for (SignInAudit.Event e : events(user, username, 10_000)) {
            var local = e.occurredAt().atZone(TAIPEI);
            rows.add(List.of(local.toOffsetDateTime().toString(), RocDates.format(local.toLocalDate()),
                    e.username(), e.agencyId() == null ? "" : e.agencyId(), nz(e.address()), e.method().name(),
                    e.outcome().name(), nz(e.detail()), nz(e.actor())));
        }
        return new SheetData("sign-ins", List.of("time", "roc_date", "username", "agency_id", "address", "method",
                "outcome", "detail", "actor"), rows);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
