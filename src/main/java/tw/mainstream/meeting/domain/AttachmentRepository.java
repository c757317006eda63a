package tw.mainstream.meeting.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {
    List<Attachment> findByAgendaItemIdInOrderByIdAsc(Collection<Long> itemIds);
}
