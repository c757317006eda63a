package tw.mainstream.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting as other modules and the API see it; {@code number} is 「111 年第 1 次會議」. */
public record MeetingView(Long id, Long taskForceId, Long agencyId, String taskForceName, String number, MeetingKind kind, int rocYear, int sequenceNo, LocalDate date, LocalTime startTime, LocalTime endTime, String place, String placeDetail, String chairName, String chairTitle, String recorder, String contactPerson, String contactPhone, MeetingStatus status, String statusReason, String subject, String noticeCc, String noticeNote, String attendanceNote, LocalDate proposalDeadline, String openingRemarks, String chairConclusion, LocalTime adjournedAt, MeetingStyle style, long version) {
}
