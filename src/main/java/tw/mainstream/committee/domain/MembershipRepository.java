package tw.mainstream.committee.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<Membership, Long> {
    List<Membership> findByTaskForceIdOrderByAppointedOnAscIdAsc(Long taskForceId);

    List<Membership> findByPersonId(Long personId);
}
