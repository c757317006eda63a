package tw.mainstream.tracking.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrackingDecisionRepository extends JpaRepository<TrackingDecision, Long> {
    List<TrackingDecision> findByItemIdOrderByMeetingDateAsc(Long itemId);

    List<TrackingDecision> findByItemIdIn(Collection<Long> itemIds);

    List<TrackingDecision> findByAgencyIdAndMeetingDate(Long agencyId, LocalDate meetingDate);

    boolean existsByItemIdAndMeetingDate(Long itemId, LocalDate meetingDate);
}
