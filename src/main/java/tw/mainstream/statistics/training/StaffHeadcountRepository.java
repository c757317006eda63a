package tw.mainstream.statistics.training;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffHeadcountRepository extends JpaRepository<StaffHeadcount, Long> {
    Optional<StaffHeadcount> findByAgencyIdAndYear(Long agencyId, int year);
}
