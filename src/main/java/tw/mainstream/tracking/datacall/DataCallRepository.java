package tw.mainstream.tracking.datacall;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataCallRepository extends JpaRepository<DataCall, Long> {
    List<DataCall> findByAgencyIdInOrderByDeadlineDescIdDesc(Collection<Long> agencyIds);

    Optional<DataCall> findFirstByParentSubmissionId(Long parentSubmissionId);
}
