package tw.mainstream.meeting.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.HeldMeetingRecord;
import tw.mainstream.meeting.MeetingKind;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.SpeakerKind;
import tw.mainstream.shared.security.CurrentUser;

/**
 * Enters a meeting that was held, with its minutes, through the same services as the pages and the
 * demo loader: schedule (the printed number, no agenda assembled), attendance, items with remarks,
 * resolutions and follow-up rows, what was said outside items, then confirm — which announces the
 * confirmed minutes, so tracking opens items as for any meeting — and publish if asked.
 *
 * <p>Attendance: members of the roster are matched by name as printed (spaces and the title 委員
 * ignored); names not on the roster are recorded by name. Minutes that give only a note
 * (「詳如簽到表」) keep the note and count the seated members present, as the demo loader does for
 * the same minutes: the meeting was held and its minutes stand.
 */
@Service
@Transactional
public class HeldMeetingRecorder {

    private final MeetingService meetings;
    private final AgendaService agenda;
    private final AttendanceService attendance;
    private final MinutesContentService content;
    private final MinutesService minutes;

    HeldMeetingRecorder(MeetingService meetings, AgendaService agenda, AttendanceService attendance,
                        MinutesContentService content, MinutesService minutes) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.attendance = attendance;
        this.content = content;
        this.minutes = minutes;
    }

    public Meeting record(HeldMeetingRecord r, CurrentUser user) {
        MeetingStyle style = r.style() == null ? MeetingStyle.SECTIONS : r.style();
        Meeting m = meetings.create(r.taskForceId(), new MeetingDraft(MeetingKind.REGULAR, r.date(), r.startTime(),
                r.endTime(), r.place(), r.placeDetail(), null, r.chairName(), null, r.recorder(), r.recorder(), null,
                null, style, null, null), r.sequence(), false, user);
        if (style == MeetingStyle.SECTIONS) {
            agenda.add(m.getId(), new ItemDraft(AgendaItemKind.ANNOUNCE, null, null, null, null, 1, null), user);
            agenda.add(m.getId(), new ItemDraft(AgendaItemKind.CHAIR_REMARKS, null, null, null, null, 1, null), user);
        }
        attend(m, r.attendance(), user);
        for (HeldMeetingRecord.Item item : r.items()) {
            item(m, item, user);
        }
        meetings.record(m.getId(), m.getVersion(), r.openingRemarks(), r.chairConclusion(), r.adjournedAt(), user);
        minutes.confirm(m.getId(), user);
        if (r.publish()) {
            minutes.publish(m.getId(), user);
        }
        return m;
    }

    private void attend(Meeting m, HeldMeetingRecord.Attendees a, CurrentUser user) {
        if (a == null) {
            return;
        }
        if (a.note() != null && !a.note().isBlank()) {
            meetings.noteAttendance(m.getId(), a.note(), user);
        }
        List<Attendance> seated = new ArrayList<>(attendance.list(m.getId(), user));
        if (a.present().isEmpty() && a.excused().isEmpty()) {
            if (a.note() != null && !a.note().isBlank()) {
                seated.forEach(s -> attendance.mark(m.getId(), s.getId(), s.getVersion(), AttendanceStatus.PRESENT,
                        null, user));
            }
        } else {
            mark(m, seated, a.present(), AttendanceStatus.PRESENT, user);
            mark(m, seated, a.excused(), AttendanceStatus.EXCUSED, user);
        }
        for (String observer : a.observers()) {
            if (observer != null && !observer.isBlank()) {
                attendance.addObserver(m.getId(), observer, null, NameCategory.STAFF, user);
            }
        }
    }

    private void mark(Meeting m, List<Attendance> seated, List<String> names, AttendanceStatus status,
                      CurrentUser user) {
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String key = nameKey(name);
            Attendance match = seated.stream().filter(s -> nameKey(s.getName()).equals(key)).findFirst().orElse(null);
            if (match != null) {
                attendance.mark(m.getId(), match.getId(), match.getVersion(), status, null, user);
                seated.remove(match);
            } else {
                attendance.addMember(m.getId(), name.strip(), null, null, false, status, user);
            }
        }
    }

    /** 「吳 O 光委員」 and 「吳O光」 are the same member. */
    static String nameKey(String name) {
        return name.replaceAll("\\s+", "").replaceAll("委員$", "").replace('○', 'O').replace('Ｏ', 'O')
                .replace('〇', 'O').toUpperCase(Locale.ROOT);
    }

    private void item(Meeting m, HeldMeetingRecord.Item i, CurrentUser user) {
        Long itemId = agenda.add(m.getId(), new ItemDraft(i.kind(), i.subject(), i.explanation(), i.unitId(),
                i.unitLabel(), 1, null), user).getId();
        for (HeldMeetingRecord.Row row : i.rows()) {
            content.addRow(m.getId(), itemId, row.meetingDate(), row.content(), row.unitLabel(), row.progress(),
                    row.note(), row.closed(), user);
        }
        for (HeldMeetingRecord.Remark remark : i.remarks()) {
            SpeakerKind kind = remark.speakerKind() == null ? SpeakerKind.MEMBER : remark.speakerKind();
            content.addRemark(m.getId(), itemId, kind == SpeakerKind.MEMBER
                    ? new RemarkDraft(kind, remark.speaker(), null, null, null, remark.text())
                    : new RemarkDraft(kind, null, null, remark.speaker(), null, remark.text()), user);
        }
        for (HeldMeetingRecord.Resolution res : i.resolutions()) {
            content.addResolution(m.getId(), itemId, new ResolutionDraft(res.kind(), res.outcome(), res.text(),
                    res.leadUnitId(), false), user);
        }
    }
}
