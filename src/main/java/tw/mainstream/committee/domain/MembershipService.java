package tw.mainstream.committee.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.Role;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/** People and their dated seats on a task force, with the rules that keep the roster sound. */
@Service
@Transactional
public class MembershipService {
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final TaskForceService taskForces;
    private final Clock clock;
    private final EntityManager entityManager;

    MembershipService(MembershipRepository memberships, PersonRepository people, TaskForceService taskForces,
                      Clock clock, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.memberships = memberships;
        this.people = people;
        this.taskForces = taskForces;
        this.clock = clock;
    }

    /** Every membership of the task force, current ones first (convener first), then the past. */
    @Transactional(readOnly = true)
    public List<MemberRow> roster(Long taskForceId, CurrentUser user) {
        taskForces.get(taskForceId, user);
        List<Membership> all = memberships.findByTaskForceIdOrderByAppointedOnAscIdAsc(taskForceId);
        Map<Long, Person> byId = people.findAllById(all.stream().map(Membership::getPersonId).toList()).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        return all.stream()
                .sorted(Comparator.comparing((Membership m) -> !m.isActiveOn(today)).thenComparing(Membership::getRole)
                        .thenComparing(Membership::getAppointedOn).thenComparing(Membership::getId))
                .map(m -> new MemberRow(m, byId.get(m.getPersonId()))).toList();
    }

    @Transactional(readOnly = true)
    public MemberRow get(Long taskForceId, Long membershipId, CurrentUser user) {
        taskForces.get(taskForceId, user);
        Membership m = memberships.findById(membershipId).filter(x -> x.getTaskForceId().equals(taskForceId))
                .orElseThrow(() -> new NotFoundException("membership", membershipId));
        return new MemberRow(m, people.findById(m.getPersonId()).orElseThrow());
    }

    @Transactional(readOnly = true)
    public List<Person> people(Long taskForceId, CurrentUser user) {
        TaskForce tf = taskForces.get(taskForceId, user);
        return people.findByAgencyId(tf.getAgencyId());
    }

    public MemberRow add(Long taskForceId, MemberInput in, CurrentUser user) {
        TaskForce tf = lockedForRoster(taskForceId, user);
        LocalDate termEnd = termEnd(tf, in);
        Person person;
        if (in.personId() != null) {
            person = people.findById(in.personId()).filter(p -> p.getAgencyId().equals(tf.getAgencyId()))
                    .orElseThrow(() -> new FieldException("personId", "committee.membership.error.noPerson"));
        } else {
            person = null;
        }
        checkPerson(in);
        Membership m = new Membership(taskForceId, null, in.role(), in.internal(), in.exOfficio(),
                AgencyService.blankToNull(in.post()), in.appointedOn(), termEnd)
                .reappointments(in.reappointments()).gecMemberUntil(in.gecMemberUntil());
        RosterRules.check(tf, m, person == null ? null : person.getId(),
                memberships.findByTaskForceIdOrderByAppointedOnAscIdAsc(taskForceId));
        if (person == null) {
            person = people.save(new Person(tf.getAgencyId(), in.name().strip(), in.sex(), null, null));
        }
        person.update(in.name().strip(), in.sex(), AgencyService.blankToNull(in.title()),
                AgencyService.blankToNull(in.organisation()), AgencyService.blankToNull(in.email()),
                AgencyService.blankToNull(in.phone()));
        Membership saved = memberships.save(withPerson(m, person.getId()));
        return new MemberRow(saved, person);
    }

    public MemberRow update(Long taskForceId, Long membershipId, long version, MemberInput in, CurrentUser user) {
        TaskForce tf = lockedForRoster(taskForceId, user);
        MemberRow row = get(taskForceId, membershipId, user);
        Membership m = row.membership();
        m.checkVersion(version);
        checkPerson(in);
        LocalDate termEnd = termEnd(tf, in);
        Membership probe = new Membership(taskForceId, m.getPersonId(), in.role(), in.internal(), in.exOfficio(),
                in.post(), in.appointedOn(), termEnd);
        if (m.getEndedOn() != null) {
            if (m.getEndedOn().isBefore(in.appointedOn())) {
                throw new FieldException("appointedOn", "committee.membership.error.endBeforeStart");
            }
            probe.end(m.getEndedOn(), m.getEndReason());
        }
        List<Membership> others = memberships.findByTaskForceIdOrderByAppointedOnAscIdAsc(taskForceId).stream()
                .filter(o -> !o.getId().equals(membershipId)).toList();
        RosterRules.check(tf, probe, m.getPersonId(), others);
        m.update(in.role(), in.internal(), in.exOfficio(), AgencyService.blankToNull(in.post()), in.appointedOn(),
                termEnd, in.reappointments(), in.gecMemberUntil());
        row.person().update(in.name().strip(), in.sex(), AgencyService.blankToNull(in.title()),
                AgencyService.blankToNull(in.organisation()), AgencyService.blankToNull(in.email()),
                AgencyService.blankToNull(in.phone()));
        // the form edits the person too: a saved edit always moves the version the form carries
        entityManager.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return row;
    }

    /**
     * The task force, locked until the transaction ends: the roster rules (size, one seat per
     * person) count the current seats, so two requests must not count them at the same time.
     */
    private TaskForce lockedForRoster(Long taskForceId, CurrentUser user) {
        TaskForce tf = taskForces.get(taskForceId, user);
        user.requireManageAgency(tf.getAgencyId());
        entityManager.lock(tf, LockModeType.PESSIMISTIC_WRITE);
        return tf;
    }

    /** Ends a seat (卸任) on a date with a reason; the seat then shows in the change history. */
    public MemberRow end(Long taskForceId, Long membershipId, long version, LocalDate on, String reason,
                         CurrentUser user) {
        TaskForce tf = taskForces.get(taskForceId, user);
        user.requireManageAgency(tf.getAgencyId());
        MemberRow row = get(taskForceId, membershipId, user);
        Membership m = row.membership();
        m.checkVersion(version);
        if (m.getEndedOn() != null) {
            throw new FieldException("endedOn", "committee.membership.error.alreadyEnded");
        }
        if (on == null) {
            throw new FieldException("endedOn", "committee.error.required");
        }
        if (on.isBefore(m.getAppointedOn())) {
            throw new FieldException("endedOn", "committee.membership.error.endBeforeStart");
        }
        if (reason == null || reason.isBlank()) {
            throw new FieldException("endReason", "committee.error.required");
        }
        m.end(on, reason.strip());
        return row;
    }

    /** 委員異動: appointments, reappointments, expired terms and departures, newest first. */
    @Transactional(readOnly = true)
    public List<MembershipChange> changes(Long taskForceId, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        List<MembershipChange> out = new ArrayList<>();
        for (MemberRow r : roster(taskForceId, user)) {
            Membership m = r.membership();
            String name = r.person().getName();
            out.add(new MembershipChange(m.getAppointedOn(), m.getReappointments() > 0
                    ? MembershipChange.Kind.REAPPOINTED : MembershipChange.Kind.APPOINTED, m.getId(), name,
                    m.getRole(), m.isInternal(), null));
            if (m.getEndedOn() != null) {
                out.add(new MembershipChange(m.getEndedOn(), MembershipChange.Kind.ENDED, m.getId(), name, m.getRole(),
                        m.isInternal(), m.getEndReason()));
            } else if (m.getTermEndsOn() != null && m.getTermEndsOn().isBefore(today)) {
                out.add(new MembershipChange(m.getTermEndsOn(), MembershipChange.Kind.TERM_ENDED, m.getId(), name,
                        m.getRole(), m.isInternal(), null));
            }
        }
        out.sort(Comparator.comparing(MembershipChange::date).reversed().thenComparing(MembershipChange::membershipId));
        return out;
    }

    private static void checkPerson(MemberInput in) {
        if (in.name() == null || in.name().isBlank()) {
            throw new FieldException("name", "committee.error.required");
        }
        if (in.sex() == null) {
            throw new FieldException("sex", "committee.error.required");
        }
        if (in.role() == null) {
            throw new FieldException("role", "committee.error.required");
        }
        if (in.reappointments() < 0 || in.reappointments() > 20) {
            throw new FieldException("reappointments", "committee.charter.error.range", 0, 20);
        }
    }

    private static LocalDate termEnd(TaskForce tf, MemberInput in) {
        if (in.appointedOn() == null) {
            throw new FieldException("appointedOn", "committee.error.required");
        }
        if (in.termEndsOn() != null) {
            if (in.termEndsOn().isBefore(in.appointedOn())) {
                throw new FieldException("termEndsOn", "committee.membership.error.endBeforeStart");
            }
            return in.termEndsOn();
        }
        return in.exOfficio() ? null : in.appointedOn().plusYears(tf.getCharter().getTermYears()).minusDays(1);
    }

    private static Membership withPerson(Membership m, Long personId) {
        Membership copy = new Membership(m.getTaskForceId(), personId, m.getRole(), m.isInternal(), m.isExOfficio(),
                m.getPost(), m.getAppointedOn(), m.getTermEndsOn());
        return copy.reappointments(m.getReappointments()).gecMemberUntil(m.getGecMemberUntil());
    }

    static boolean isVoting(Role r) {
        return r.isVoting();
    }
}
