package tw.mainstream.committee;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.domain.Agency;
import tw.mainstream.committee.domain.AgencyRepository;
import tw.mainstream.committee.domain.Unit;
import tw.mainstream.committee.domain.UnitRepository;

/** The committee module's facade for other modules: agencies, units and their tree. */
@Service
@Transactional(readOnly = true)
public class CommitteeApi {

    private final AgencyRepository agencies;
    private final UnitRepository units;

    CommitteeApi(AgencyRepository agencies, UnitRepository units) {
        this.agencies = agencies;
        this.units = units;
    }

    /** The agency and every agency below it, at any depth. */
    public Set<Long> agencyWithDescendants(Long agencyId) {
        Set<Long> result = new LinkedHashSet<>();
        Deque<Long> queue = new ArrayDeque<>(List.of(agencyId));
        while (!queue.isEmpty()) {
            Long id = queue.poll();
            if (result.add(id)) {
                agencies.findByParentId(id).forEach(a -> queue.add(a.getId()));
            }
        }
        return result;
    }

    public Optional<AgencyView> agency(Long id) {
        return agencies.findById(id).map(CommitteeApi::view);
    }

    public Optional<AgencyView> agencyByName(String name) {
        return agencies.findByName(name).map(CommitteeApi::view);
    }

    public List<AgencyView> allAgencies() {
        return agencies.findAll().stream().map(CommitteeApi::view).toList();
    }

    public Optional<UnitView> unit(Long id) {
        return units.findById(id).map(CommitteeApi::view);
    }

    public Optional<UnitView> unitByName(Long agencyId, String name) {
        return units.findByAgencyIdAndName(agencyId, name).map(CommitteeApi::view);
    }

    public List<UnitView> units(Long agencyId) {
        return units.findByAgencyIdOrderBySortOrderAscIdAsc(agencyId).stream().map(CommitteeApi::view).toList();
    }

    /**
     * The person that the demo account {@code demo-member} stands for: an external member of the
     * agency's task force. Empty until the task force has members.
     */
    public Optional<Long> demoMemberPersonId(Long agencyId) {
        return Optional.empty();
    }

    static AgencyView view(Agency a) {
        return new AgencyView(a.getId(), a.getName(), a.getShortName(), a.getParentId());
    }

    static UnitView view(Unit u) {
        return new UnitView(u.getId(), u.getAgencyId(), u.getName());
    }
}
