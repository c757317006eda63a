package tw.mainstream.shared.privacy;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicNamePolicyRepository extends JpaRepository<PublicNamePolicy, Long> {
    Optional<PublicNamePolicy> findByAgencyId(Long agencyId);
}
