package tw.mainstream.committee.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.search.SearchUnits;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/** The units offered by the search page's unit filter: those of the agencies the reader may read. */
@Component
class UnitSearchChoices implements SearchUnits {

    private final AgencyRepository agencies;
    private final UnitRepository units;

    UnitSearchChoices(AgencyRepository agencies, UnitRepository units) {
        this.agencies = agencies;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitChoice> choicesFor(CurrentUser user) {
        if (user == null || user.isAnonymous()) {
            return List.of();
        }
        if (user.is(AccountRole.LIAISON) && user.unitId() != null) {
            return units.findById(user.unitId()).map(u -> List.of(choice(u, agencyName(u.getAgencyId()))))
                    .orElse(List.of());
        }
        Collection<Agency> readable = user.isAdmin() ? agencies.findAll() : agencies.findAllById(user.readableAgencies());
        List<UnitChoice> result = new ArrayList<>();
        readable.stream().sorted(java.util.Comparator.comparing(Agency::getId)).forEach(a ->
                units.findByAgencyIdOrderBySortOrderAscIdAsc(a.getId()).forEach(u -> result.add(choice(u, shortName(a)))));
        return result;
    }

    private String agencyName(Long agencyId) {
        return agencies.findById(agencyId).map(UnitSearchChoices::shortName).orElse("");
    }

    private static String shortName(Agency a) {
        return a.getShortName() == null || a.getShortName().isBlank() ? a.getName() : a.getShortName();
    }

    private static UnitChoice choice(Unit u, String group) {
        return new UnitChoice(u.getId(), u.getName(), group);
    }
}
