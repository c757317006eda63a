package tw.mainstream.meeting;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.meeting.domain.HeldMeetingRecorder;
import tw.mainstream.meeting.domain.MeetingQueries;
import tw.mainstream.shared.security.CurrentUser;

/**
 * The meeting module's facade for other modules (tracking, importing); the meeting's own pages read
 * its documents through {@code domain.MeetingDocumentQueries}. Reads return *View
 * records; methods taking a {@link CurrentUser} apply the same scope as the pages (404 outside it).
 */
@Service
@Transactional(readOnly = true)
public class MeetingApi {

    private final MeetingQueries reads;
    private final HeldMeetingRecorder held;

    MeetingApi(MeetingQueries reads, HeldMeetingRecorder held) {
        this.reads = reads;
        this.held = held;
    }

    /**
     * The date of the task force's next meeting not yet held (planned, notice sent or postponed),
     * on or after {@code onOrAfter}: dates only, for modules that check scope themselves.
     */
    public Optional<java.time.LocalDate> nextMeetingDate(Long taskForceId, java.time.LocalDate onOrAfter) {
        return reads.meetingsUnchecked(taskForceId).stream()
                .filter(m -> m.status().isBeforeMeeting() && !m.date().isBefore(onOrAfter))
                .map(MeetingView::date).min(java.time.LocalDate::compareTo);
    }

    /** A meeting without scope check, for modules that check scope themselves. */
    public Optional<MeetingView> meeting(Long meetingId) {
        return reads.meeting(meetingId);
    }

    public MeetingView meeting(Long meetingId, CurrentUser user) {
        return reads.meeting(meetingId, user);
    }

    public List<MeetingView> meetingsOf(Long taskForceId, CurrentUser user) {
        return reads.meetingsOf(taskForceId, user);
    }

    public List<ItemView> agenda(Long meetingId, CurrentUser user) {
        return reads.agenda(meetingId, user);
    }

    /**
     * Enters a meeting that was held, with its minutes, and confirms them (published too if the record
     * asks): the secretariat of the task force's agency only. Confirming announces the minutes, so
     * tracking opens items for the resolutions that leave work, as for any meeting. Returns the meeting.
     */
    @Transactional
    public MeetingView recordHeldMeeting(HeldMeetingRecord record, CurrentUser user) {
        return reads.view(held.record(record, user));
    }
}
