package tw.mainstream.committee.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.mainstream.committee.Role;

/**
 * What a new or changed seat may not do: overlap another seat of the same person, make a second
 * convener at the same time, or push the voting members above the charter maximum on any day.
 */
final class RosterRules {
    private RosterRules() {
    }

    static void check(TaskForce tf, Membership seat, Long personId, List<Membership> others) {
        for (Membership o : others) {
            if (!overlaps(seat, o)) {
                continue;
            }
            if (personId != null && personId.equals(o.getPersonId())) {
                throw new FieldException("personId", "committee.membership.error.duplicate");
            }
            if (seat.getRole() == Role.CONVENER && o.getRole() == Role.CONVENER) {
                throw new FieldException("role", "committee.membership.error.secondConvener");
            }
        }
        if (!seat.getRole().isVoting()) {
            return;
        }
        int max = tf.getCharter().getMaxMembers();
        List<LocalDate> days = new ArrayList<>(List.of(seat.getAppointedOn()));
        others.stream().map(Membership::getAppointedOn).filter(d -> seat.isActiveOn(d)).forEach(days::add);
        for (LocalDate day : days) {
            long seated = others.stream().filter(o -> o.getRole().isVoting() && o.isActiveOn(day)).count() + 1;
            if (seated > max) {
                throw new FieldException("role", "committee.membership.error.tooMany", max);
            }
        }
    }

    /** Seats are half-open intervals [appointed, end) where end is the earlier of ended and term end + 1. */
    static boolean overlaps(Membership a, Membership b) {
        return a.getAppointedOn().isBefore(end(b)) && b.getAppointedOn().isBefore(end(a));
    }

    private static LocalDate end(Membership m) {
        LocalDate end = LocalDate.MAX;
        if (m.getTermEndsOn() != null) {
            end = m.getTermEndsOn().plusDays(1);
        }
        if (m.getEndedOn() != null && m.getEndedOn().isBefore(end)) {
            end = m.getEndedOn();
        }
        return end;
    }
}
