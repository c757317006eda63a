package tw.mainstream.meeting.domain;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.audit.AuditedType;

/** Meeting records whose history can be read on /history/{type}/{id}. */
@Configuration
class MeetingAuditTypes {

    @Bean
    AuditedType meetingHistory(MeetingRepository meetings) {
        return new AuditedType("meeting", Meeting.class, id -> meetings.findById(id).map(Meeting::getAgencyId).orElse(null));
    }

    @Bean
    AuditedType agendaItemHistory(AgendaItemRepository items, MeetingRepository meetings) {
        return new AuditedType("agenda-item", AgendaItem.class, id -> items.findById(id)
                .flatMap(i -> meetings.findById(i.getMeetingId())).map(Meeting::getAgencyId).orElse(null));
    }

    @Bean
    AuditedType remarkHistory(RemarkRepository remarks, AgendaItemRepository items, MeetingRepository meetings) {
        return new AuditedType("remark", Remark.class, id -> remarks.findById(id)
                .flatMap(r -> items.findById(r.getAgendaItemId()))
                .flatMap(i -> meetings.findById(i.getMeetingId())).map(Meeting::getAgencyId).orElse(null));
    }

    @Bean
    AuditedType resolutionHistory(ResolutionRepository resolutions, AgendaItemRepository items,
                                  MeetingRepository meetings) {
        return new AuditedType("resolution", Resolution.class, id -> resolutions.findById(id)
                .flatMap(r -> items.findById(r.getAgendaItemId()))
                .flatMap(i -> meetings.findById(i.getMeetingId())).map(Meeting::getAgencyId).orElse(null));
    }

    @Bean
    AuditedType minutesHistory(MinutesRepository minutes, MeetingRepository meetings) {
        return new AuditedType("minutes", Minutes.class, id -> minutes.findById(id)
                .flatMap(m -> meetings.findById(m.getMeetingId())).map(Meeting::getAgencyId).orElse(null));
    }
}
