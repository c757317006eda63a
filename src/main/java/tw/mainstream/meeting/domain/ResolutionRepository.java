package tw.mainstream.meeting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ResolutionRepository extends JpaRepository<Resolution, Long> {
    List<Resolution> findByAgendaItemIdInOrderByPositionAscIdAsc(Collection<Long> itemIds);

    List<Resolution> findByAgendaItemIdOrderByPositionAscIdAsc(Long itemId);
}
