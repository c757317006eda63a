package tw.mainstream.meeting.web;

import java.time.LocalDate;
import java.time.LocalTime;
import tw.mainstream.meeting.MeetingKind;
import tw.mainstream.meeting.MeetingStyle;
import tw.mainstream.meeting.domain.MeetingDraft;

/** The schedule form; dates accept ROC (115/12/21, 115年12月21日) or ISO, times 14:30 or 下午 2 時 30 分. */
record MeetingForm(Long taskForceId, MeetingKind kind, LocalDate date,
                   LocalTime startTime,
                   LocalTime endTime, String place, String placeDetail,
                   String subject, String chairName, String chairTitle, String recorder, String contactPerson,
                   String contactPhone, LocalDate proposalDeadline, MeetingStyle style, String noticeCc,
                   String noticeNote, Long version) {

    /** The empty form of a task force's next meeting. */
    static MeetingForm empty(Long taskForceId) {
        return new MeetingForm(taskForceId, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    MeetingDraft draft() {
        return new MeetingDraft(kind, date, startTime, endTime, place, placeDetail, subject, chairName, chairTitle,
                recorder, contactPerson, contactPhone, proposalDeadline, style, noticeCc, noticeNote);
    }
}
