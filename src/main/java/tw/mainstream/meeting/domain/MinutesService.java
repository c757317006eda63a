package tw.mainstream.meeting.domain;

import tw.mainstream.meeting.document.MinutesHtml;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.meeting.MeetingStatus;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Approval of the minutes: circulate to members, members comment, the secretariat answers,
 * confirm (locks; the text is kept), correct (a new revision with a reason), publish (public
 * version with names masked by the policy, previewed before).
 */
@Service
@Transactional
public class MinutesService {

    private final MinutesRepository minutes;
    private final MinutesCommentRepository comments;
    private final MinutesRevisionRepository revisions;
    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final MinutesAssembler assembler;
    private final MinutesHtml html;
    private final Clock clock;

    private final MinutesEvents events;
    private final FollowUpOutcomes outcomes;

    MinutesService(MinutesRepository minutes, MinutesCommentRepository comments, MinutesRevisionRepository revisions,
                   MeetingRepository meetings, MeetingAccess access, MinutesAssembler assembler, MinutesHtml html,
                   Clock clock, MinutesEvents events, FollowUpOutcomes outcomes) {
        this.events = events;
        this.outcomes = outcomes;
        this.minutes = minutes;
        this.comments = comments;
        this.revisions = revisions;
        this.meetings = meetings;
        this.access = access;
        this.assembler = assembler;
        this.html = html;
        this.clock = clock;
    }

    Minutes of(Meeting m) {
        return minutes.findByMeetingId(m.getId()).orElseGet(() -> minutes.save(new Minutes(m.getId())));
    }

    @Transactional(readOnly = true)
    public Minutes state(Long meetingId, CurrentUser user) {
        return of(access.read(meetingId, user));
    }

    /** The internal minutes for readers of the agency. */
    @Transactional(readOnly = true)
    public MinutesView internal(Long meetingId, CurrentUser user) {
        Meeting m = access.read(meetingId, user);
        return assembler.build(m, of(m), false);
    }

    /** The public version: for anyone once published; before that only the secretariat's preview. */
    @Transactional(readOnly = true)
    public MinutesView publicVersion(Long meetingId, CurrentUser user) {
        Meeting m = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        Minutes min = of(m);
        if (min.getStatus() != MinutesStatus.PUBLISHED) {
            access.manage(meetingId, user);
        }
        return assembler.build(m, min, true);
    }

    /** Published minutes of an agency, newest first, for the public pages. */
    @Transactional(readOnly = true)
    public List<Meeting> published(Long agencyId) {
        return meetings.findByAgencyIdOrderByMeetingDateDescIdDesc(agencyId).stream()
                .filter(m -> m.getStatus() == MeetingStatus.PUBLISHED).toList();
    }

    public Minutes circulate(Long meetingId, LocalDate deadline, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        MeetingService.advanceToDraft(m);
        Minutes min = of(m);
        min.circulate(clock.instant(), deadline);
        m.moveTo(MeetingStatus.CIRCULATED, null);
        return min;
    }

    public MinutesComment comment(Long meetingId, Long itemId, String text, CurrentUser user) {
        Meeting m = access.comment(meetingId, user);
        Minutes min = of(m);
        if (min.getStatus() != MinutesStatus.CIRCULATED) {
            throw new DomainException("meeting.error.minutes.notCirculated", 409);
        }
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("meeting.error.textRequired");
        }
        return comments.save(new MinutesComment(min.getId(), min.getRevision(), itemId, user.username(),
                user.displayName(), text.strip(), clock.instant()));
    }

    public MinutesComment answer(Long meetingId, Long commentId, long version, String answer, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        Minutes min = of(m);
        MinutesComment c = comments.findById(commentId).filter(x -> x.getMinutesId().equals(min.getId()))
                .orElseThrow(() -> new NotFoundException("comment", commentId));
        c.checkVersion(version);
        if (answer == null || answer.isBlank()) {
            throw DomainException.invalid("meeting.error.textRequired");
        }
        c.answer(answer.strip(), user.displayName(), clock.instant());
        return c;
    }

    @Transactional(readOnly = true)
    public List<MinutesComment> comments(Long meetingId, CurrentUser user) {
        Meeting m = access.read(meetingId, user);
        return comments.findByMinutesIdOrderByCreatedAtAscIdAsc(of(m).getId());
    }

    /**
     * Confirms and locks the minutes; the confirmed text is kept as this revision's record. Refused,
     * with nothing changed, while a follow-up entry has no outcome; in the same transaction tracking
     * applies every outcome to its item.
     */
    public Minutes confirm(Long meetingId, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        requireMeetingDayReached(m);
        var decisions = outcomes.decisions(m);
        MeetingService.advanceToDraft(m);
        Minutes min = of(m);
        min.confirm(clock.instant(), user.displayName());
        m.moveTo(MeetingStatus.CONFIRMED, null);
        revisions.save(new MinutesRevision(min.getId(), min.getRevision(), min.getRevisionReason(), min.getConfirmedAt(),
                min.getConfirmedBy(), html.render(assembler.build(m, min, false))));
        events.confirmed(m, decisions, user.displayName());
        return min;
    }

    /** A correction after confirmation: a new revision, back to draft, the reason recorded. */
    public Minutes correct(Long meetingId, String reason, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        Minutes min = of(m);
        min.reviseWith(reason);
        m.moveTo(MeetingStatus.MINUTES_DRAFT, null);
        return min;
    }

    public Minutes publish(Long meetingId, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        requireMeetingDayReached(m);
        Minutes min = of(m);
        min.publish(clock.instant());
        m.moveTo(MeetingStatus.PUBLISHED, null);
        return min;
    }

    /** True while the meeting's day is still to come: its minutes cannot be confirmed or published yet. */
    @Transactional(readOnly = true)
    public boolean beforeMeetingDay(Long meetingId, CurrentUser user) {
        return LocalDate.now(clock).isBefore(access.read(meetingId, user).getMeetingDate());
    }

    /** Minutes record what happened: never confirmed (nor published) before the meeting's day. */
    private void requireMeetingDayReached(Meeting m) {
        if (LocalDate.now(clock).isBefore(m.getMeetingDate())) {
            throw DomainException.invalid("meeting.error.confirmBeforeDate",
                    tw.mainstream.shared.time.RocDates.format(m.getMeetingDate()));
        }
    }

    @Transactional(readOnly = true)
    public List<MinutesRevision> revisions(Long meetingId, CurrentUser user) {
        Meeting m = access.read(meetingId, user);
        return revisions.findByMinutesIdOrderByRevisionAsc(of(m).getId());
    }
}
