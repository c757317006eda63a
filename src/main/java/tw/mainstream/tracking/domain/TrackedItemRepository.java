package tw.mainstream.tracking.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrackedItemRepository extends JpaRepository<TrackedItem, Long> {
    List<TrackedItem> findByTaskForceIdAndStatusOrderByOriginDateAscIdAsc(Long taskForceId, ItemStatus status);

    List<TrackedItem> findByOriginResolutionId(Long resolutionId);

    @Query("select distinct i from TrackedItem i left join i.supportingUnitIds s where i.agencyId = ?1 "
            + "and (i.leadUnitId = ?2 or s = ?2) order by i.status desc, i.originDate, i.id")
    List<TrackedItem> findForUnit(Long agencyId, Long unitId);

    List<TrackedItem> findByAgencyIdInOrderByStatusDescOriginDateAscIdAsc(Collection<Long> agencyIds);

    List<TrackedItem> findByStatus(ItemStatus status);
}
