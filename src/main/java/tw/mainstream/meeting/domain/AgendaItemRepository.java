package tw.mainstream.meeting.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import tw.mainstream.meeting.AgendaItemKind;

interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    /** Agenda order: sections in the order of {@link AgendaItemKind}'s constants, then position. */
    Comparator<AgendaItem> AGENDA_ORDER = Comparator.comparing(AgendaItem::getKind)
            .thenComparingInt(AgendaItem::getPosition).thenComparing(AgendaItem::getId);

    List<AgendaItem> findByMeetingId(Long meetingId);

    /** The meeting's items in agenda order (the kind is stored by name, so SQL cannot sort it). */
    default List<AgendaItem> inAgendaOrder(Long meetingId) {
        return findByMeetingId(meetingId).stream().sorted(AGENDA_ORDER).toList();
    }

    List<AgendaItem> findByMeetingIdIn(Collection<Long> meetingIds);

    List<AgendaItem> findByOriginResolutionIdIn(Collection<Long> resolutionIds);
}
