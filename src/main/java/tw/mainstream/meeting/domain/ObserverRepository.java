package tw.mainstream.meeting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObserverRepository extends JpaRepository<Observer, Long> {
    List<Observer> findByMeetingIdOrderByPositionAscIdAsc(Long meetingId);
}
