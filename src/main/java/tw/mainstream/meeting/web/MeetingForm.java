package tw.mainstream.meeting.web;

import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import tw.mainstream.meeting.MeetingKind;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.domain.MeetingDraft;

/** The schedule form; dates accept ROC (111/7/25) or ISO, times HH:mm. */
record MeetingForm(Long taskForceId, MeetingKind kind, LocalDate date,
                   @DateTimeFormat(pattern = "H:mm") LocalTime startTime,
                   @DateTimeFormat(pattern = "H:mm") LocalTime endTime, String place, String placeDetail,
                   String subject, String chairName, String chairTitle, String recorder, String contactPerson,
                   String contactPhone, LocalDate proposalDeadline, MeetingStyle style, String noticeCc,
                   String noticeNote, Long version) {

    MeetingDraft draft() {
        return new MeetingDraft(kind, date, startTime, endTime, place, placeDetail, subject, chairName, chairTitle,
                recorder, contactPerson, contactPhone, proposalDeadline, style, noticeCc, noticeNote);
    }
}
