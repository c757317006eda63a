package tw.mainstream.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.meeting.ResolutionKind;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.meeting.SpeakerKind;
import tw.mainstream.shared.domain.DomainException;
import tw.mainstream.shared.domain.NotFoundException;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Writing the minutes of each item: remarks, resolutions (with the quorum at the time), follow-up
 * table rows. Every edit carries the version the editor saw; confirmed minutes refuse any edit.
 */
@Service
@Transactional
public class MinutesContentService {

    private final AgendaService agenda;
    private final RemarkRepository remarks;
    private final ResolutionRepository resolutions;
    private final FollowUpRowRepository rows;
    private final AttendanceService attendance;
    private final MeetingAccess access;

    MinutesContentService(AgendaService agenda, RemarkRepository remarks, ResolutionRepository resolutions,
                          FollowUpRowRepository rows, AttendanceService attendance, MeetingAccess access) {
        this.agenda = agenda;
        this.remarks = remarks;
        this.resolutions = resolutions;
        this.rows = rows;
        this.attendance = attendance;
        this.access = access;
    }

    private Meeting editable(Long meetingId, CurrentUser user) {
        Meeting m = access.manage(meetingId, user);
        m.requireMinutesEditable();
        return m;
    }

    public Remark addRemark(Long meetingId, Long itemId, RemarkDraft d, CurrentUser user) {
        editable(meetingId, user);
        AgendaItem item = agenda.item(meetingId, itemId);
        validate(d);
        int position = remarks.findByAgendaItemIdOrderByPositionAscIdAsc(item.getId()).size() + 1;
        return remarks.save(apply(new Remark(item.getId(), position), d));
    }

    public Remark editRemark(Long meetingId, Long remarkId, long version, RemarkDraft d, CurrentUser user) {
        editable(meetingId, user);
        Remark r = remark(meetingId, remarkId);
        r.checkVersion(version);
        validate(d);
        return apply(r, d);
    }

    public void deleteRemark(Long meetingId, Long remarkId, long version, CurrentUser user) {
        editable(meetingId, user);
        Remark r = remark(meetingId, remarkId);
        r.checkVersion(version);
        remarks.delete(r);
    }

    private static Remark apply(Remark r, RemarkDraft d) {
        return r.edit(d.speakerKind() == null ? SpeakerKind.MEMBER : d.speakerKind(), d.speakerName(),
                d.speakerTitle(), d.speakerRole(), d.unitId(), d.text().strip());
    }

    private static void validate(RemarkDraft d) {
        if (d.text() == null || d.text().isBlank()) {
            throw DomainException.invalid("meeting.error.textRequired");
        }
    }

    /** The quorum is taken now: without it the resolution is saved but flagged. */
    public Resolution addResolution(Long meetingId, Long itemId, ResolutionDraft d, CurrentUser user) {
        Meeting m = editable(meetingId, user);
        AgendaItem item = agenda.item(meetingId, itemId);
        validate(d);
        int position = resolutions.findByAgendaItemIdOrderByPositionAscIdAsc(item.getId()).size() + 1;
        Resolution r = apply(new Resolution(item.getId(), position), d);
        QuorumView q = attendance.quorum(m);
        r.quorum(q.present(), q.required());
        return resolutions.save(r);
    }

    public Resolution editResolution(Long meetingId, Long resolutionId, long version, ResolutionDraft d,
                                     CurrentUser user) {
        Meeting m = editable(meetingId, user);
        Resolution r = resolution(meetingId, resolutionId);
        r.checkVersion(version);
        validate(d);
        apply(r, d);
        QuorumView q = attendance.quorum(m);
        r.quorum(q.present(), q.required());
        return r;
    }

    private static Resolution apply(Resolution r, ResolutionDraft d) {
        return r.edit(d.kind() == null ? ResolutionKind.RESOLUTION : d.kind(),
                d.outcome() == null ? ResolutionOutcome.OTHER : d.outcome(), MeetingService.trim(d.text()),
                d.leadUnitId(), d.reportNextMeeting());
    }

    private static void validate(ResolutionDraft d) {
        if ((d.text() == null || d.text().isBlank()) && (d.outcome() == null || d.outcome() == ResolutionOutcome.OTHER)) {
            throw DomainException.invalid("meeting.error.textRequired");
        }
    }

    /**
     * The meeting's outcome on a follow-up entry generated from a tracked item: 解除列管 or 繼續列管
     * (the entry's deciding resolution, replaced when chosen again), with optional words of the meeting.
     */
    public Resolution decideFollowUp(Long meetingId, Long itemId, ResolutionOutcome outcome, String text,
                                     CurrentUser user) {
        Meeting m = editable(meetingId, user);
        AgendaItem item = agenda.item(meetingId, itemId);
        if (item.getTrackedItemId() == null) {
            throw DomainException.invalid("meeting.error.notTrackedFollowUp");
        }
        if (!FollowUpOutcomes.DECISIONS.contains(outcome)) {
            throw DomainException.invalid("meeting.error.followUpOutcome");
        }
        List<Resolution> said = resolutions.findByAgendaItemIdOrderByPositionAscIdAsc(item.getId());
        Resolution r = FollowUpOutcomes.decisionOf(said);
        if (r == null) {
            r = new Resolution(item.getId(), said.size() + 1);
        }
        r.edit(ResolutionKind.RESOLUTION, outcome, MeetingService.trim(text), null, false);
        QuorumView q = attendance.quorum(m);
        r.quorum(q.present(), q.required());
        return resolutions.save(r);
    }

    /** 是否解列 of a row generated from a tracked item: true 解除列管, false 繼續列管. */
    public FollowUpRow decideRow(Long meetingId, Long rowId, long version, Boolean closed, CurrentUser user) {
        editable(meetingId, user);
        FollowUpRow row = rows.findById(rowId).orElseThrow(() -> new NotFoundException("followUpRow", rowId));
        agenda.item(meetingId, row.getAgendaItemId());
        if (row.getTrackedItemId() == null) {
            throw DomainException.invalid("meeting.error.notTrackedFollowUp");
        }
        row.checkVersion(version);
        return row.edit(row.getMeetingDate(), row.getContent(), row.getUnitLabel(), row.getProgress(), row.getNote(),
                closed, row.getOriginResolutionId());
    }

    public FollowUpRow addRow(Long meetingId, Long itemId, LocalDate date, String content, String unit,
                              String progress, String note, Boolean closed, CurrentUser user) {
        editable(meetingId, user);
        AgendaItem item = agenda.item(meetingId, itemId);
        if (content == null || content.isBlank()) {
            throw DomainException.invalid("meeting.error.textRequired");
        }
        int position = rows.findByAgendaItemIdInOrderByPositionAscIdAsc(java.util.List.of(item.getId())).size() + 1;
        return rows.save(new FollowUpRow(item.getId(), position).edit(date, content.strip(), MeetingService.trim(unit),
                MeetingService.trim(progress), MeetingService.trim(note), closed, null));
    }

    public FollowUpRow editRow(Long meetingId, Long rowId, long version, String progress, String note, Boolean closed,
                               CurrentUser user) {
        editable(meetingId, user);
        FollowUpRow row = rows.findById(rowId).orElseThrow(() -> new NotFoundException("followUpRow", rowId));
        agenda.item(meetingId, row.getAgendaItemId());
        row.checkVersion(version);
        return row.edit(row.getMeetingDate(), row.getContent(), row.getUnitLabel(), MeetingService.trim(progress),
                MeetingService.trim(note), closed, row.getOriginResolutionId());
    }

    private Remark remark(Long meetingId, Long remarkId) {
        Remark r = remarks.findById(remarkId).orElseThrow(() -> new NotFoundException("remark", remarkId));
        agenda.item(meetingId, r.getAgendaItemId());
        return r;
    }

    private Resolution resolution(Long meetingId, Long resolutionId) {
        Resolution r = resolutions.findById(resolutionId)
                .orElseThrow(() -> new NotFoundException("resolution", resolutionId));
        agenda.item(meetingId, r.getAgendaItemId());
        return r;
    }
}
