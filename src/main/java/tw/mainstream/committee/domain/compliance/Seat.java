package tw.mainstream.committee.domain.compliance;

import java.time.LocalDate;
import tw.mainstream.committee.Role;
import tw.mainstream.committee.Sex;

/** A membership with its person's name and sex: what the compliance rules read. */
public record Seat(Long membershipId, String name, Sex sex, Role role, boolean internal, boolean exOfficio,
                   String post, LocalDate appointedOn, LocalDate termEndsOn, LocalDate endedOn, int reappointments,
                   LocalDate gecMemberUntil) {

    public boolean isActiveOn(LocalDate date) {
        return !appointedOn.isAfter(date)
                && (endedOn == null || endedOn.isAfter(date))
                && (termEndsOn == null || !termEndsOn.isBefore(date));
    }

    public boolean counts() {
        return role.isVoting();
    }

    /** Ended before the end of the term: the seat fell vacant (出缺). */
    public boolean endedEarly() {
        return endedOn != null && (termEndsOn == null || !endedOn.isAfter(termEndsOn));
    }

    /** Simple constructor for tests and forms: a seat with no end, no credential. */
    public static Seat of(String name, Sex sex, Role role, boolean internal, LocalDate appointedOn,
                          LocalDate termEndsOn) {
        return new Seat(null, name, sex, role, internal, false, null, appointedOn, termEndsOn, null, 0, null);
    }
}
