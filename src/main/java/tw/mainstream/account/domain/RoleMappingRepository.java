package tw.mainstream.account.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleMappingRepository extends JpaRepository<RoleMapping, Long> {
    List<RoleMapping> findBySourceAndGroupNameIn(AccountSource source, Collection<String> groupNames);

    List<RoleMapping> findAllByOrderByAgencyIdAscGroupNameAsc();
}
