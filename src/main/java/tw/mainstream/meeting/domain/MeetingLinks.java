package tw.mainstream.meeting.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.LastMeetingProvider;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.publicsite.PublicMinutesProvider;

/**
 * What other modules learn from the meetings without depending on them: the public section's
 * list of published minutes, and the committee's "last meeting" for the meeting-interval rule.
 */
@Component
@Transactional(readOnly = true)
class MeetingLinks implements PublicMinutesProvider, LastMeetingProvider {

    private static final Set<MeetingStatus> HELD = EnumSet.of(MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT,
            MeetingStatus.CIRCULATED, MeetingStatus.CONFIRMED, MeetingStatus.PUBLISHED);

    private final MeetingRepository meetings;
    private final MeetingQueries reads;

    MeetingLinks(MeetingRepository meetings, MeetingQueries reads) {
        this.meetings = meetings;
        this.reads = reads;
    }

    @Override
    public List<PublicMinutesLink> publishedMinutes(Long agencyId) {
        return meetings.findByAgencyIdOrderByMeetingDateDescIdDesc(agencyId).stream()
                .filter(m -> m.getStatus() == MeetingStatus.PUBLISHED)
                .map(m -> new PublicMinutesLink(reads.view(m).number() + "紀錄", m.getMeetingDate(), "/public/meetings/" + m.getId()))
                .toList();
    }

    @Override
    public Optional<LocalDate> lastMeeting(Long taskForceId, LocalDate onOrBefore) {
        return meetings.findByTaskForceIdOrderByMeetingDateDescIdDesc(taskForceId).stream()
                .filter(m -> HELD.contains(m.getStatus()))
                .map(Meeting::getMeetingDate)
                .filter(d -> !d.isAfter(onOrBefore))
                .findFirst();
    }
}
