package tw.mainstream.meeting.domain;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.parameter.ParticipationStatus;
import biweekly.parameter.Role;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import tw.mainstream.committee.MemberView;
import tw.mainstream.meeting.MeetingStatus;

/**
 * A meeting as an iCalendar (RFC 5545) scheduling message (RFC 5546): METHOD:REQUEST with the
 * organizer and an ATTENDEE per invited member, or METHOD:CANCEL once the meeting is cancelled;
 * times in Asia/Taipei, a UID stable per meeting and a SEQUENCE that rises with every change.
 * Written by biweekly; lines are folded at 75 octets (not characters, which Chinese text would exceed).
 */
final class Icalendar {

    static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final int MAX_OCTETS = 75;

    private Icalendar() {
    }

    static String invitation(Meeting m, NoticeView notice, String organizerEmail, List<MemberView> invited,
                             Instant now) {
        boolean cancelled = m.getStatus() == MeetingStatus.CANCELLED;
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Mainstream//Meetings//ZH-TW");
        ical.setMethod(cancelled ? Method.cancel() : Method.request());
        ical.getTimezoneInfo().setDefaultTimezone(new TimezoneAssignment(TimeZone.getTimeZone(TAIPEI), taipei()));

        LocalTime start = m.getStartTime() == null ? LocalTime.of(9, 0) : m.getStartTime();
        LocalTime end = m.getEndTime() == null ? start.plusHours(2) : m.getEndTime();
        VEvent event = new VEvent();
        event.setUid(uid(m));
        event.setDateTimeStamp(Date.from(now));
        event.setDateStart(Date.from(LocalDateTime.of(m.getMeetingDate(), start).atZone(TAIPEI).toInstant()));
        event.setDateEnd(Date.from(LocalDateTime.of(m.getMeetingDate(), end).atZone(TAIPEI).toInstant()));
        event.setSequence((int) m.getVersion());
        event.setSummary(notice.title());
        if (notice.place() != null && !notice.place().isBlank()) {
            event.setLocation(notice.place());
        }
        event.setDescription(notice.subject());
        event.setStatus(cancelled ? Status.cancelled() : Status.confirmed());
        event.setOrganizer(new Organizer(notice.agencyName(), organizerEmail));
        for (MemberView member : invited) {
            if (member.email() == null || member.email().isBlank()) {
                continue;
            }
            Attendee attendee = new Attendee(member.name(), member.email().strip());
            attendee.setRole(Role.ATTENDEE);
            attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
            attendee.setRsvp(false);
            event.addAttendee(attendee);
        }
        ical.addEvent(event);
        return fold(Biweekly.write(ical).foldLines(false).go());
    }

    /** The same for every notice of the meeting, so calendars update the event instead of adding one. */
    static String uid(Meeting m) {
        return "meeting-" + m.getId() + "@mainstream";
    }

    /** Taiwan has kept UTC+8 without summer time since 1980. */
    private static VTimezone taipei() {
        VTimezone zone = new VTimezone("Asia/Taipei");
        StandardTime standard = new StandardTime();
        standard.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
        standard.setTimezoneOffsetFrom(new UtcOffset(true, 8, 0));
        standard.setTimezoneOffsetTo(new UtcOffset(true, 8, 0));
        standard.addTimezoneName("CST");
        zone.addStandardTime(standard);
        return zone;
    }

    /** RFC 5545 3.1: lines longer than 75 octets continue on the next line after CRLF and a space. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + 64);
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int i = 0;
            while (i < line.length()) {
                int cp = line.codePointAt(i);
                int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + size > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
