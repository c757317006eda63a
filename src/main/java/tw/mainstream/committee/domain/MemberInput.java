package tw.mainstream.committee.domain;

import java.time.LocalDate;
import tw.mainstream.committee.Role;
import tw.mainstream.committee.Sex;

/**
 * A person and their seat as entered. With {@code personId} the seat goes to a person already on
 * the agency's roster (the person fields then update that record); without it a person is created.
 * An empty {@code termEndsOn} of a non-ex-officio seat is computed from the charter's term length.
 */
public record MemberInput(Long personId, String name, Sex sex, String title, String organisation, String email,
                          String phone, Role role, boolean internal, boolean exOfficio, String post,
                          LocalDate appointedOn, LocalDate termEndsOn, int reappointments, LocalDate gecMemberUntil) {
}
