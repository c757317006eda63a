package tw.mainstream.meeting.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import tw.mainstream.meeting.MeetingKind;
import tw.mainstream.meeting.MeetingStyle;

/** What the secretariat fills in to schedule or edit a meeting; blank chair means the convener. */
public record MeetingDraft(MeetingKind kind, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
                           String placeDetail, String subject, String chairName, String chairTitle, String recorder,
                           String contactPerson, String contactPhone, LocalDate proposalDeadline, MeetingStyle style,
                           String noticeCc, String noticeNote) {
}
