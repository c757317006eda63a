package tw.mainstream.committee.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {
    List<Person> findByAgencyId(Long agencyId);

    Optional<Person> findFirstByAgencyIdAndName(Long agencyId, String name);
}
