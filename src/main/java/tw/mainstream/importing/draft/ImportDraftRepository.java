package tw.mainstream.importing.draft;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportDraftRepository extends JpaRepository<ImportDraft, Long> {
    List<ImportDraft> findByAgencyIdOrderByCreatedAtDescIdDesc(Long agencyId);

    List<ImportDraft> findAllByOrderByCreatedAtDescIdDesc();
}
