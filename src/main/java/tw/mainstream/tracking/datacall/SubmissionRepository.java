package tw.mainstream.tracking.datacall;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {
    List<Submission> findByCallIdOrderByIdAsc(Long callId);

    List<Submission> findByUnitIdOrderByIdDesc(Long unitId);

    List<Submission> findByAgencyIdAndUnitIdIsNullOrderByIdDesc(Long agencyId);

    List<Submission> findByAnswerIsNotNullOrderByIdAsc();

    long countByAnswerIsNotNull();

    long countByUnitIdAndStatusIn(Long unitId, Collection<SubmissionStatus> statuses);

    long countByAgencyIdAndUnitIdIsNullAndStatusIn(Long agencyId, Collection<SubmissionStatus> statuses);
}
