package tw.mainstream.statistics.training;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingRepository extends JpaRepository<TrainingCourse, Long> {
    List<TrainingCourse> findByAgencyIdAndHeldOnBetweenOrderByHeldOnAsc(Long agencyId, LocalDate from, LocalDate to);

    List<TrainingCourse> findByAgencyIdOrderByHeldOnDesc(Long agencyId);

    boolean existsByAgencyIdAndTopic(Long agencyId, String topic);

}
