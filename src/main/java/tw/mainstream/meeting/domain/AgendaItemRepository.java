package tw.mainstream.meeting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {
    List<AgendaItem> findByMeetingIdOrderByKindAscPositionAscIdAsc(Long meetingId);

    List<AgendaItem> findByMeetingIdIn(Collection<Long> meetingIds);

    List<AgendaItem> findByOriginResolutionIdIn(Collection<Long> resolutionIds);
}
