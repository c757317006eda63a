package tw.mainstream.importing.draft;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.importing.DraftImported;
import tw.mainstream.meeting.HeldMeetingRecord;
import tw.mainstream.meeting.MeetingApi;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.meeting.MeetingView;
import tw.mainstream.shared.security.CurrentUser;
import tw.mainstream.shared.time.RocDates;

/**
 * Saves a reviewed draft as a held meeting with confirmed minutes, after a warning when the task force
 * already has a meeting that day. Confirming the minutes opens tracked items for the resolutions that
 * leave work (the tracking module's rule); the rows of a follow-up table not marked 解列 travel in
 * {@link DraftImported}, and tracking opens them, dated as the row.
 */
@Service
@Transactional
public class DraftSaving {

    private final DraftAccess access;
    private final CommitteeApi committee;
    private final MeetingApi meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DraftSaving(DraftAccess access, CommitteeApi committee, MeetingApi meetings, ApplicationEventPublisher events,
                Clock clock) {
        this.access = access;
        this.committee = committee;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    /** Saving as a meeting: the meeting made, or the meetings of that day the user has not yet confirmed past. */
    public record SaveOutcome(MeetingView meeting, List<MeetingView> duplicates, Map<String, DraftValidator.Problem> problems) {
        public boolean saved() {
            return meeting != null;
        }
    }

    /**
     * Creates the meeting from the saved draft. Refused with the problems when a field is missing or
     * wrong; answered with the task force's meetings of that day unless {@code confirmDuplicate}.
     */
    public SaveOutcome saveAsMeeting(Long id, long version, boolean publish, boolean confirmDuplicate,
                                     CurrentUser user) {
        ImportDraft d = access.draft(id, user);
        d.requireDraft();
        d.checkVersion(version);
        DraftContent c = DraftAccess.read(d.getContentJson());
        AgencyUnits units = new AgencyUnits(committee.units(d.getAgencyId()));
        Map<String, DraftValidator.Problem> problems = DraftValidator.forMeeting(c, units);
        if (!problems.isEmpty()) {
            return new SaveOutcome(null, List.of(), problems);
        }
        HeldMeetingRecord record = MeetingMapping.toRecord(c, d.getTaskForceId(), units, publish);
        List<MeetingView> sameDay = duplicates(id, user);
        if (!sameDay.isEmpty() && !confirmDuplicate) {
            return new SaveOutcome(null, sameDay, Map.of());
        }
        MeetingView meeting = meetings.recordHeldMeeting(record, user);
        d.saved(meeting.id(), user.username(), clock.instant());
        events.publishEvent(new DraftImported(d.getId(), meeting.id(), meeting.taskForceId(), meeting.date(),
                user.username(), openRows(c, meeting, units)));
        return new SaveOutcome(meeting, List.of(), Map.of());
    }

    /** Rows of a follow-up table not marked 解列 that name a unit of the agency: work still open. */
    private static List<DraftImported.OpenRow> openRows(DraftContent c, MeetingView meeting, AgencyUnits units) {
        List<DraftImported.OpenRow> open = new ArrayList<>();
        for (DraftContent.Item item : c.items) {
            for (DraftContent.Row row : item.rows) {
                var unit = units.match(row.unit);
                if ("是".equals(row.closed) || unit.isEmpty() || MeetingMapping.trim(row.content) == null) {
                    continue;
                }
                open.add(new DraftImported.OpenRow(RocDates.parse(row.date).orElse(meeting.date()), row.content.strip(),
                        unit.get().id()));
            }
        }
        return open;
    }

    /** The task force's meetings on the draft's date (none when the date is not readable). */
    @Transactional(readOnly = true)
    public List<MeetingView> duplicates(Long id, CurrentUser user) {
        ImportDraft d = access.draft(id, user);
        return RocDates.parse(DraftAccess.read(d.getContentJson()).date).map(date -> meetings.meetingsOf(d.getTaskForceId(), user)
                .stream().filter(m -> m.date().equals(date) && m.status() != MeetingStatus.CANCELLED).toList())
                .orElse(List.of());
    }
}
