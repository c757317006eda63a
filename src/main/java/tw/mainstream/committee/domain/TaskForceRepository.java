package tw.mainstream.committee.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskForceRepository extends JpaRepository<TaskForce, Long> {
    List<TaskForce> findByAgencyId(Long agencyId);

    Optional<TaskForce> findFirstByAgencyIdOrderByIdAsc(Long agencyId);
}
