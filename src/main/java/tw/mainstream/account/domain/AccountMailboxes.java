package tw.mainstream.account.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tw.mainstream.shared.security.Mailboxes;

/** Addresses of enabled accounts by role and scope. */
@Component
class AccountMailboxes implements Mailboxes {

    private final NamedParameterJdbcTemplate jdbc;

    AccountMailboxes(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> liaisonsOf(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select distinct email from account_user where enabled = true and email is not null"
                + " and email <> '' and role = 'LIAISON' and unit_id in (:units) order by email",
                java.util.Map.of("units", unitIds), String.class);
    }

    @Override
    public List<String> secretariatOf(long agencyId) {
        return jdbc.queryForList("select distinct email from account_user where enabled = true and email is not null"
                + " and email <> '' and role = 'SECRETARIAT' and agency_id = :agency order by email",
                java.util.Map.of("agency", agencyId), String.class);
    }
}
