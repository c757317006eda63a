package tw.mainstream.tracking.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrackingAttachmentRepository extends JpaRepository<TrackingAttachment, Long> {
    List<TrackingAttachment> findByReportIdIn(Collection<Long> reportIds);
}
