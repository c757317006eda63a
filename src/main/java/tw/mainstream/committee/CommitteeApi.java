package tw.mainstream.committee;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import tw.mainstream.committee.domain.Agency;
import tw.mainstream.committee.domain.Charter;
import tw.mainstream.committee.domain.Membership;
import tw.mainstream.committee.domain.MembershipRepository;
import tw.mainstream.committee.domain.Person;
import tw.mainstream.committee.domain.PersonRepository;
import tw.mainstream.committee.domain.TaskForce;
import tw.mainstream.committee.domain.TaskForceRepository;
import tw.mainstream.committee.domain.AgencyRepository;
import tw.mainstream.committee.domain.CommitteeCaches;
import tw.mainstream.shared.cache.ViewCaches;
import tw.mainstream.committee.domain.Unit;
import tw.mainstream.committee.domain.UnitRepository;

/** The committee module's facade for other modules: agencies, units and their tree. */
@Service
@Transactional(readOnly = true)
public class CommitteeApi {

    private final AgencyRepository agencies;
    private final UnitRepository units;
    private final TaskForceRepository taskForces;
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final Clock clock;
    private final ViewCaches cache;

    CommitteeApi(AgencyRepository agencies, UnitRepository units, TaskForceRepository taskForces,
                 MembershipRepository memberships, PersonRepository people, Clock clock,
                 ViewCaches cache) {
        this.cache = cache;
        this.clock = clock;
        this.agencies = agencies;
        this.units = units;
        this.taskForces = taskForces;
        this.memberships = memberships;
        this.people = people;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<TaskForceView> taskForce(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return cache.get(CommitteeCaches.STRUCTURE, List.of("taskForce", id), () -> taskForces.findById(id).map(CommitteeApi::view));
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<TaskForceView> taskForcesOf(Long agencyId) {
        return cache.get(CommitteeCaches.STRUCTURE, List.of("taskForcesOf", agencyId),
                () -> taskForces.findByAgencyId(agencyId).stream().map(CommitteeApi::view).toList());
    }

    /** Members seated on {@code date}, convener first, then by appointment. */
    public List<MemberView> activeMembers(Long taskForceId, LocalDate date) {
        List<Membership> seated = memberships.findByTaskForceIdOrderByAppointedOnAscIdAsc(taskForceId).stream()
                .filter(m -> m.isActiveOn(date))
                .sorted(Comparator.comparing(Membership::getRole))
                .toList();
        Map<Long, Person> byId = people.findAllById(seated.stream().map(Membership::getPersonId).toList()).stream()
                .collect(Collectors.toMap(Person::getId, p -> p));
        return seated.stream().map(m -> view(m, byId.get(m.getPersonId()))).toList();
    }

    /** Members needed for a quorum on {@code date}, by the charter's rule (voting seats only). */
    public int quorumRequired(Long taskForceId, LocalDate date) {
        TaskForce tf = taskForces.findById(taskForceId).orElseThrow();
        long voting = activeMembers(taskForceId, date).stream().filter(m -> m.role().isVoting()).count();
        return tf.getCharter().getQuorumRule().required((int) voting);
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

    /**
     * The agencies whose unpublished data the user reads, the user's own first: for pages that show one
     * agency at a time (oversight reads the agencies below its own, administrators all).
     */
    public List<AgencyView> readableAgencies(tw.mainstream.shared.security.CurrentUser user) {
        return allAgencies().stream().filter(a -> user.canReadAgency(a.id()))
                .sorted(Comparator.comparing((AgencyView a) -> !a.id().equals(user.agencyId()))
                        .thenComparing(AgencyView::id))
                .toList();
    }

    public Optional<UnitView> unit(Long id) {
        return units.findById(id).map(CommitteeApi::view);
    }

    public Optional<UnitView> unitByName(Long agencyId, String name) {
        return units.findByAgencyIdAndName(agencyId, name).map(CommitteeApi::view);
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<UnitView> units(Long agencyId) {
        return cache.get(CommitteeCaches.STRUCTURE, List.of("units", agencyId),
                () -> units.findByAgencyIdOrderBySortOrderAscIdAsc(agencyId).stream().map(CommitteeApi::view).toList());
    }

    /**
     * The person that the demo account {@code demo-member} stands for: an external member of the
     * agency's task force. Empty until the task force has members.
     */
    public Optional<Long> demoMemberPersonId(Long agencyId) {
        LocalDate today = LocalDate.now(clock);
        return taskForces.findFirstByAgencyIdOrderByIdAsc(agencyId).stream()
                .flatMap(tf -> memberships.findByTaskForceIdOrderByAppointedOnAscIdAsc(tf.getId()).stream())
                .filter(m -> !m.isInternal() && m.getRole().isVoting() && m.isActiveOn(today))
                .map(Membership::getPersonId)
                .findFirst();
    }

    /**
     * Everyone who ever sat on the task force (past and present terms), one row per person at their
     * latest appointment: for masking their names wherever public text mentions them.
     */
    public List<MemberView> everyMember(Long taskForceId) {
        Map<Long, Membership> latest = new java.util.LinkedHashMap<>();
        memberships.findByTaskForceIdOrderByAppointedOnAscIdAsc(taskForceId).forEach(m -> latest.put(m.getPersonId(), m));
        Map<Long, Person> byId = people.findAllById(latest.keySet()).stream()
                .collect(Collectors.toMap(Person::getId, p -> p));
        return latest.values().stream().filter(m -> byId.containsKey(m.getPersonId()))
                .map(m -> view(m, byId.get(m.getPersonId()))).toList();
    }

    static TaskForceView view(TaskForce t) {
        Charter c = t.getCharter();
        return new TaskForceView(t.getId(), t.getAgencyId(), t.getName(), c.getQuorumRule(), c.isChairBreaksTies(),
                c.isInternalProxiesAllowed(), c.getAttendanceFee(), c.getMeetingIntervalMonths());
    }

    static MemberView view(Membership m, Person p) {
        return new MemberView(m.getId(), p.getId(), p.getName(), p.getSex(), p.getTitle(), p.getOrganisation(),
                m.getRole(), m.isInternal(), m.isExOfficio(), m.getPost(), p.getEmail());
    }

    static AgencyView view(Agency a) {
        return new AgencyView(a.getId(), a.getName(), a.getShortName(), a.getParentId());
    }

    static UnitView view(Unit u) {
        return new UnitView(u.getId(), u.getAgencyId(), u.getName());
    }
}
