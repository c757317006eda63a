package tw.mainstream.tracking.datacall;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, Long> {
    List<Submission> findByCallIdOrderByIdAsc(Long callId);

    /** The submission, locked until the transaction ends: answers and pass-downs of one recipient queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Submission s where s.id = :id")
    Optional<Submission> findLockedById(Long id);

    List<Submission> findByUnitIdOrderByIdDesc(Long unitId);

    List<Submission> findByAgencyIdAndUnitIdIsNullOrderByIdDesc(Long agencyId);

    List<Submission> findByAnswerIsNotNullOrderByIdAsc();

    long countByAnswerIsNotNull();

    long countByUnitIdAndStatusIn(Long unitId, Collection<SubmissionStatus> statuses);

    long countByAgencyIdAndUnitIdIsNullAndStatusIn(Long agencyId, Collection<SubmissionStatus> statuses);
}
