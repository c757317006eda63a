package tw.mainstream.meeting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RemarkRepository extends JpaRepository<Remark, Long> {
    List<Remark> findByAgendaItemIdInOrderByPositionAscIdAsc(Collection<Long> itemIds);

    List<Remark> findByAgendaItemIdOrderByPositionAscIdAsc(Long itemId);
}
