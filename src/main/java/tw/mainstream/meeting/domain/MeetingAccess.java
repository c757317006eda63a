package tw.mainstream.meeting.domain;

import org.springframework.stereotype.Component;
import tw.mainstream.shared.domain.ForbiddenException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Who may do what with a meeting: the agency's secretariat manages; members, liaisons and the
 * oversight body read (members also comment); anyone else gets a 404, as if it did not exist.
 */
@Component
public class MeetingAccess {

    private final MeetingRepository meetings;

    MeetingAccess(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    public Meeting read(Long meetingId, CurrentUser user) {
        Meeting m = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting", meetingId));
        if (!user.canReadAgency(m.getAgencyId())) {
            throw new NotFoundException("meeting", meetingId);
        }
        return m;
    }

    public Meeting manage(Long meetingId, CurrentUser user) {
        Meeting m = read(meetingId, user);
        user.requireManageAgency(m.getAgencyId());
        return m;
    }

    /** Members comment on circulated minutes; the secretariat may too. */
    public Meeting comment(Long meetingId, CurrentUser user) {
        Meeting m = read(meetingId, user);
        if (!user.is(AccountRole.MEMBER) && !user.canManageAgency(m.getAgencyId())) {
            throw new ForbiddenException();
        }
        return m;
    }

    public boolean canManage(Meeting m, CurrentUser user) {
        return user.canManageAgency(m.getAgencyId());
    }
}
