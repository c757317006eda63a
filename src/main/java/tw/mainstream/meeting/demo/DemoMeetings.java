package tw.mainstream.meeting.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;
import tw.mainstream.committee.CommitteeApi;
import tw.mainstream.committee.UnitView;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.domain.AttendanceStatus;
import tw.mainstream.meeting.MeetingKind;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.ResolutionKind;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.meeting.SpeakerKind;
import tw.mainstream.meeting.domain.AgendaItem;
import tw.mainstream.meeting.domain.AgendaService;
import tw.mainstream.meeting.domain.AttendanceService;
import tw.mainstream.meeting.domain.FollowUpRow;
import tw.mainstream.meeting.domain.FollowUpRowRepository;
import tw.mainstream.meeting.domain.ItemDraft;
import tw.mainstream.meeting.domain.Meeting;
import tw.mainstream.meeting.domain.MeetingDraft;
import tw.mainstream.meeting.domain.MeetingService;
import tw.mainstream.meeting.domain.MinutesContentService;
import tw.mainstream.meeting.domain.MinutesService;
import tw.mainstream.meeting.domain.RemarkDraft;
import tw.mainstream.meeting.domain.ResolutionDraft;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.security.CurrentUser;

/** Small steps the demo meetings are built from, through the same services as the pages. */
@Component
class DemoMeetings {

    static final CurrentUser LOADER = new CurrentUser("demo-loader", "示範資料", AccountRole.ADMIN, null, null, null,
            java.util.Set.of());

    final MeetingService meetings;
    final AgendaService agenda;
    final AttendanceService attendance;
    final MinutesContentService content;
    final MinutesService minutes;
    final CommitteeApi committee;
    final FollowUpRowRepository rows;

    DemoMeetings(MeetingService meetings, AgendaService agenda, AttendanceService attendance,
                 MinutesContentService content, MinutesService minutes, CommitteeApi committee,
                 FollowUpRowRepository rows) {
        this.rows = rows;
        this.meetings = meetings;
        this.agenda = agenda;
        this.attendance = attendance;
        this.content = content;
        this.minutes = minutes;
        this.committee = committee;
    }

    Meeting schedule(Long tf, LocalDate date, LocalTime start, String place, String detail, String recorder,
                     MeetingStyle style) {
        return meetings.create(tf, draft(date, start, place, detail, recorder, style), LOADER);
    }

    Meeting scheduleNumbered(Long tf, int sequence, LocalDate date, LocalTime start, String place, String detail,
                             String recorder, MeetingStyle style) {
        return meetings.createNumbered(tf, draft(date, start, place, detail, recorder, style), sequence, LOADER);
    }

    private static MeetingDraft draft(LocalDate date, LocalTime start, String place, String detail, String recorder,
                                      MeetingStyle style) {
        return new MeetingDraft(MeetingKind.REGULAR, date, start, null, place, detail, null, null, null, recorder,
                recorder, null, null, style, null, null);
    }

    void noteAttendance(Meeting m, String note) {
        meetings.noteAttendance(m.getId(), note, LOADER);
    }

    void allPresent(Meeting m) {
        attendance.list(m.getId(), LOADER).forEach(a ->
                attendance.mark(m.getId(), a.getId(), a.getVersion(), AttendanceStatus.PRESENT, null, LOADER));
    }

    List<AgendaItem> items(Meeting m) {
        return agenda.items(m.getId(), LOADER);
    }

    AgendaItem item(Meeting m, AgendaItemKind kind, int index) {
        return items(m).stream().filter(i -> i.getKind() == kind).skip(index).findFirst().orElseThrow();
    }

    List<FollowUpRow> rows(AgendaItem table) {
        return rows.findByAgendaItemIdInOrderByPositionAscIdAsc(List.of(table.getId()));
    }

    void removeFixed(Meeting m, AgendaItemKind... kinds) {
        for (AgendaItemKind k : kinds) {
            items(m).stream().filter(i -> i.getKind() == k).forEach(i -> agenda.remove(m.getId(), i.getId(), LOADER));
        }
    }

    Long add(Meeting m, AgendaItemKind kind, String subject, String explanation, String unit, int covered) {
        return agenda.add(m.getId(), new ItemDraft(kind, subject, explanation, unit(m, unit), null, covered, null),
                LOADER).getId();
    }

    void edit(Meeting m, AgendaItem item, String subject, String explanation) {
        agenda.edit(m.getId(), item.getId(), item.getVersion(), new ItemDraft(item.getKind(), subject, explanation,
                item.getUnitId(), item.getUnitLabel(), item.getCoveredCount(), null), LOADER);
    }

    void member(Meeting m, Long item, String name, String text) {
        content.addRemark(m.getId(), item, new RemarkDraft(SpeakerKind.MEMBER, name, null, null, null, text), LOADER);
    }

    void speaks(Meeting m, Long item, SpeakerKind kind, String role, String text) {
        content.addRemark(m.getId(), item, new RemarkDraft(kind, null, null, role, null, text), LOADER);
    }

    Long resolve(Meeting m, Long item, ResolutionKind kind, ResolutionOutcome outcome, String text, String leadUnit,
                 boolean reportNext) {
        return content.addResolution(m.getId(), item, new ResolutionDraft(kind, outcome, text, unit(m, leadUnit),
                reportNext), LOADER).getId();
    }

    /** The meeting's outcome on a follow-up entry (解除列管 / 繼續列管), as the secretariat records it. */
    void decide(Meeting m, AgendaItem entry, ResolutionOutcome outcome, String text) {
        content.decideFollowUp(m.getId(), entry.getId(), outcome, text, LOADER);
    }

    /** Confirms the minutes without publishing them (meetings kept only as the origin of tracked items). */
    void confirm(Meeting m, LocalTime adjourned) {
        record(m, adjourned, null, null);
        minutes.confirm(m.getId(), LOADER);
    }

    void close(Meeting m, LocalTime adjourned, String opening, String conclusion) {
        record(m, adjourned, opening, conclusion);
        minutes.confirm(m.getId(), LOADER);
        minutes.publish(m.getId(), LOADER);
    }

    private void record(Meeting m, LocalTime adjourned, String opening, String conclusion) {
        Meeting fresh = meetings.list(m.getTaskForceId(), LOADER).stream().filter(x -> x.getId().equals(m.getId()))
                .findFirst().orElseThrow();
        meetings.record(m.getId(), fresh.getVersion(), opening, conclusion, adjourned, LOADER);
    }

    Long unit(Meeting m, String name) {
        return name == null ? null : committee.unitByName(m.getAgencyId(), name).map(UnitView::id).orElse(null);
    }
}
