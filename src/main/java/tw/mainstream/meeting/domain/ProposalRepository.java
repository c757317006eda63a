package tw.mainstream.meeting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {
    List<Proposal> findByMeetingIdOrderBySubmittedAtAscIdAsc(Long meetingId);
}
