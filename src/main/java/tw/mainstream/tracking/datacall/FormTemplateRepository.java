package tw.mainstream.tracking.datacall;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FormTemplateRepository extends JpaRepository<FormTemplate, Long> {
    Optional<FormTemplate> findByCode(String code);
}
