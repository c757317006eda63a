package tw.mainstream.committee.domain;

import java.util.Optional;
import org.springframework.stereotype.Component;
import tw.mainstream.shared.audit.HistoryNames;

/** The change history shows an agency by its name, not its id. */
@Component
class AgencyHistoryNames implements HistoryNames {

    private final AgencyRepository agencies;

    AgencyHistoryNames(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Override
    public Optional<String> agency(long agencyId) {
        return agencies.findById(agencyId).map(Agency::getName);
    }
}
