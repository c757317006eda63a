package tw.mainstream.meeting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesCommentRepository extends JpaRepository<MinutesComment, Long> {
    List<MinutesComment> findByMinutesIdOrderByCreatedAtAscIdAsc(Long minutesId);
}
