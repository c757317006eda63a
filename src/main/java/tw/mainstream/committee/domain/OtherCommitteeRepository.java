package tw.mainstream.committee.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OtherCommitteeRepository extends JpaRepository<OtherCommittee, Long> {
    List<OtherCommittee> findByAgencyIdInOrderByAgencyIdAscNameAsc(Collection<Long> agencyIds);

    List<OtherCommittee> findAllByOrderByAgencyIdAscNameAsc();

    boolean existsByAgencyIdAndName(Long agencyId, String name);
}
