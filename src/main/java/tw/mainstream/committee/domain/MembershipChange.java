package tw.mainstream.committee.domain;

import java.time.LocalDate;
import tw.mainstream.committee.Role;

/** One line of 委員異動: someone appointed, reappointed, whose term ended, or who left. */
public record MembershipChange(LocalDate date, Kind kind, Long membershipId, String name, Role role, boolean internal,
                               String reason) {
    public enum Kind { APPOINTED, REAPPOINTED, TERM_ENDED, ENDED }
}
