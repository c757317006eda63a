package tw.mainstream.meeting.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tw.mainstream.meeting.NoticeView;

/** An iCalendar (RFC 5545) invitation for a meeting: METHOD:REQUEST, times in Asia/Taipei, a UID stable per meeting. */
final class Icalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private Icalendar() {
    }

    static String invitation(Meeting m, NoticeView notice, String organizer, Instant now) {
        LocalTime start = m.getStartTime() == null ? LocalTime.of(9, 0) : m.getStartTime();
        LocalTime end = m.getEndTime() == null ? start.plusHours(2) : m.getEndTime();
        LocalDateTime s = m.getMeetingDate().atTime(start);
        LocalDateTime e = m.getMeetingDate().atTime(end);
        return String.join("\r\n",
                "BEGIN:VCALENDAR",
                "PRODID:-//Mainstream//Meetings//ZH-TW",
                "VERSION:2.0",
                "METHOD:REQUEST",
                "BEGIN:VTIMEZONE",
                "TZID:Asia/Taipei",
                "BEGIN:STANDARD",
                "DTSTART:19700101T000000",
                "TZOFFSETFROM:+0800",
                "TZOFFSETTO:+0800",
                "TZNAME:CST",
                "END:STANDARD",
                "END:VTIMEZONE",
                "BEGIN:VEVENT",
                "UID:" + uid(m),
                "DTSTAMP:" + LOCAL.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)) + "Z",
                "DTSTART;TZID=Asia/Taipei:" + LOCAL.format(s),
                "DTEND;TZID=Asia/Taipei:" + LOCAL.format(e),
                "SEQUENCE:" + m.getVersion(),
                "SUMMARY:" + escape(notice.title()),
                "LOCATION:" + escape(notice.place()),
                "DESCRIPTION:" + escape(notice.subject()),
                "ORGANIZER:mailto:" + organizer,
                "STATUS:CONFIRMED",
                "END:VEVENT",
                "END:VCALENDAR", "");
    }

    /** The same for every notice of the meeting, so calendars update the event instead of adding one. */
    static String uid(Meeting m) {
        return "meeting-" + m.getId() + "@mainstream";
    }

    private static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }
}
