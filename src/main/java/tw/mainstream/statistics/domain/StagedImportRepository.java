package tw.mainstream.statistics.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StagedImportRepository extends JpaRepository<StagedImport, Long> {
    List<StagedImport> findByTableIdOrderByIdDesc(Long tableId);
}
