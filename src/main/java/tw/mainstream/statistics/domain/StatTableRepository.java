package tw.mainstream.statistics.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatTableRepository extends JpaRepository<StatTable, Long> {
    List<StatTable> findByAgencyIdInOrderByIdDesc(Collection<Long> agencyIds);

    List<StatTable> findAllByOrderByIdDesc();

    List<StatTable> findByPublishedTrueOrderByIdDesc();

    List<StatTable> findByAgencyIdAndPublishedTrueOrderByIdDesc(Long agencyId);

    java.util.Optional<StatTable> findFirstByAgencyIdAndTitle(Long agencyId, String title);
}
