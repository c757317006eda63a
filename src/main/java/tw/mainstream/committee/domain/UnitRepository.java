package tw.mainstream.committee.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitRepository extends JpaRepository<Unit, Long> {
    List<Unit> findByAgencyIdOrderBySortOrderAscIdAsc(Long agencyId);

    Optional<Unit> findByAgencyIdAndName(Long agencyId, String name);
}
