package tw.mainstream.tracking.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {
    List<ProgressReport> findByItemIdOrderByRoundAscIdAsc(Long itemId);

    Optional<ProgressReport> findByItemIdAndUnitIdAndRound(Long itemId, Long unitId, int round);

    List<ProgressReport> findByItemIdIn(Collection<Long> itemIds);
}
