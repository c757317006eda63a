package tw.mainstream.importing.draft;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import tw.mainstream.committee.UnitView;
import tw.mainstream.meeting.AgendaItemKind;
import tw.mainstream.meeting.HeldMeetingRecord;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.ResolutionKind;
import tw.mainstream.meeting.ResolutionOutcome;
import tw.mainstream.meeting.SpeakerKind;
import tw.mainstream.shared.time.RocDates;

/** A checked draft as the meeting module's record of a held meeting; units by id of the agency. */
final class MeetingMapping {

    private MeetingMapping() {
    }

    static HeldMeetingRecord toRecord(DraftContent c, Long taskForceId, AgencyUnits units, boolean publish) {
        List<HeldMeetingRecord.Item> items = c.items.stream().map(i -> item(i, units)).toList();
        return new HeldMeetingRecord(taskForceId, MeetingStyle.valueOf(c.layout), integer(c.sequence),
                RocDates.parse(c.date).orElseThrow(), DraftValidator.parseTime(c.startTime).orElse(null),
                DraftValidator.parseTime(c.endTime).orElse(null), trim(c.place), trim(c.placeDetail), trim(c.chair),
                trim(c.recorder), new HeldMeetingRecord.Attendees(names(c.attendance.present),
                names(c.attendance.excused), names(c.attendance.observers), trim(c.attendance.note)),
                trim(c.openingRemarks), trim(c.chairConclusion), DraftValidator.parseTime(c.endTime).orElse(null),
                items, publish);
    }

    private static HeldMeetingRecord.Item item(DraftContent.Item i, AgencyUnits units) {
        Long unitId = units.match(i.unit).map(UnitView::id).orElse(null);
        return new HeldMeetingRecord.Item(AgendaItemKind.valueOf(i.kind), trim(i.title), trim(i.explanation), unitId,
                trim(i.unit),
                i.remarks.stream().filter(r -> trim(r.text) != null).map(MeetingMapping::remark).toList(),
                i.resolutions.stream().map(r -> new HeldMeetingRecord.Resolution(ResolutionKind.valueOf(r.label),
                        blank(r.outcome) ? ResolutionOutcome.OTHER : ResolutionOutcome.valueOf(r.outcome),
                        trim(r.text), units.match(r.leadUnit).map(UnitView::id).orElse(null))).toList(),
                i.rows.stream().map(r -> new HeldMeetingRecord.Row(date(r.date), trim(r.content), trim(r.unit),
                        trim(r.progress), trim(r.note), "是".equals(r.closed) ? Boolean.TRUE
                        : "否".equals(r.closed) ? Boolean.FALSE : null)).toList());
    }

    /**
     * The speaker as printed: 「吳委員 O 麗」 is the member 吳O麗, 「委員」 a member not named, 「主席」 the
     * chair, an office (性別平等辦公室) or a unit's representative (移民事務組代表) speaks in that role.
     */
    static HeldMeetingRecord.Remark remark(DraftContent.Remark r) {
        String s = trim(r.speaker);
        if (s == null) {
            return new HeldMeetingRecord.Remark(SpeakerKind.MEMBER, null, r.text.strip());
        }
        if (s.contains("委員")) {
            String name = s.replace("委員", "").replaceAll("\\s+", "");
            return new HeldMeetingRecord.Remark(SpeakerKind.MEMBER, name.isEmpty() ? null : name, r.text.strip());
        }
        if (s.startsWith("主席")) {
            return new HeldMeetingRecord.Remark(SpeakerKind.CHAIR, null, r.text.strip());
        }
        SpeakerKind kind = s.contains("辦公室") ? SpeakerKind.OFFICE : SpeakerKind.UNIT;
        return new HeldMeetingRecord.Remark(kind, s, r.text.strip());
    }

    static LocalDate date(String s) {
        return RocDates.parse(s).orElse(null);
    }

    static List<String> names(String lines) {
        return lines == null ? List.of() : Arrays.stream(lines.split("[\\n、，,]"))
                .map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static Integer integer(String s) {
        return blank(s) ? null : Integer.valueOf(s.strip());
    }

    static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
