package tw.mainstream.committee.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.ComplianceReport;
import tw.mainstream.committee.LastMeetingProvider;
import tw.mainstream.committee.domain.compliance.ComplianceRules;
import tw.mainstream.committee.domain.compliance.Seat;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/** The compliance report of a task force on a date, reading the last meeting from the meeting module if present. */
@Service
@Transactional(readOnly = true)
public class ComplianceService {
    private final TaskForceRepository taskForces;
    private final MembershipRepository memberships;
    private final PersonRepository people;
    private final ObjectProvider<LastMeetingProvider> lastMeetings;

    ComplianceService(TaskForceRepository taskForces, MembershipRepository memberships, PersonRepository people,
                      ObjectProvider<LastMeetingProvider> lastMeetings) {
        this.taskForces = taskForces;
        this.memberships = memberships;
        this.people = people;
        this.lastMeetings = lastMeetings;
    }

    public ComplianceReport report(Long taskForceId, LocalDate date, CurrentUser user) {
        TaskForce tf = taskForces.findById(taskForceId).orElseThrow(() -> new NotFoundException("task-force", taskForceId));
        user.requireReadAgency(tf.getAgencyId());
        return report(tf, date);
    }

    /** Without a scope check: for the module facade and the home panel, which check scope themselves. */
    public ComplianceReport report(TaskForce tf, LocalDate date) {
        List<Membership> all = memberships.findByTaskForceIdOrderByAppointedOnAscIdAsc(tf.getId());
        Map<Long, Person> byId = people.findAllById(all.stream().map(Membership::getPersonId).toList()).stream()
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        List<Seat> seats = all.stream().map(m -> seat(m, byId.get(m.getPersonId()))).toList();
        LastMeetingProvider provider = lastMeetings.getIfAvailable();
        Optional<LocalDate> last = provider == null ? Optional.empty() : provider.lastMeeting(tf.getId(), date);
        return ComplianceRules.check(tf.getId(), tf.getCharter(), seats, date, last);
    }

    static Seat seat(Membership m, Person p) {
        return new Seat(m.getId(), p.getName(), p.getSex(), m.getRole(), m.isInternal(), m.isExOfficio(), m.getPost(),
                m.getAppointedOn(), m.getTermEndsOn(), m.getEndedOn(), m.getReappointments(), m.getGecMemberUntil());
    }
}
