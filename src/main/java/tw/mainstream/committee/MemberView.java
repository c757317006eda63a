package tw.mainstream.committee;

import tw.mainstream.committee.Role;
import tw.mainstream.committee.Sex;

/** A seated member as other modules see them (attendance, minutes, public list). */
public record MemberView(Long membershipId, Long personId, String name, Sex sex, String title, String organisation,
                         Role role, boolean internal, boolean exOfficio, String post, String email) {
}
