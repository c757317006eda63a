package tw.mainstream.meeting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface MeetingRepository extends JpaRepository<Meeting, Long>, JpaSpecificationExecutor<Meeting> {
    List<Meeting> findByTaskForceIdOrderByMeetingDateDescIdDesc(Long taskForceId);

    List<Meeting> findByAgencyIdOrderByMeetingDateDescIdDesc(Long agencyId);

    Optional<Meeting> findFirstByTaskForceIdAndKindAndRocYearOrderBySequenceNoDesc(Long taskForceId,
            tw.mainstream.meeting.MeetingKind kind, int rocYear);

    Optional<Meeting> findByTaskForceIdAndKindAndRocYearAndSequenceNo(Long taskForceId,
            tw.mainstream.meeting.MeetingKind kind, int rocYear, int sequenceNo);
}
