package tw.mainstream.meeting.domain;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.shared.security.CurrentUser;

/** What a list of meetings may be narrowed to; every field optional. */
public record MeetingFilter(
        @Parameter(description = "Only this task force's meetings") Long taskForceId,
        @Parameter(description = "Only meetings in this state") MeetingStatus status,
        @Parameter(description = "Meetings on or after this date (ISO 2022-07-25)") LocalDate from,
        @Parameter(description = "Meetings on or before this date") LocalDate to) {

    /** The meetings of agencies the user may read that match the filter. */
    Specification<Meeting> readableBy(CurrentUser user) {
        return (root, query, cb) -> {
            List<jakarta.persistence.criteria.Predicate> where = new ArrayList<>();
            if (!user.isAdmin()) {
                where.add(user.readableAgencies().isEmpty() ? cb.disjunction()
                        : root.get("agencyId").in(user.readableAgencies()));
            }
            if (taskForceId != null) {
                where.add(cb.equal(root.get("taskForceId"), taskForceId));
            }
            if (status != null) {
                where.add(cb.equal(root.get("status"), status));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("meetingDate"), from));
            }
            if (to != null) {
                where.add(cb.lessThanOrEqualTo(root.get("meetingDate"), to));
            }
            return cb.and(where.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }
}
