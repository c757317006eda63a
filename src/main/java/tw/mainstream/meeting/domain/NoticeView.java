package tw.mainstream.meeting.domain;

import tw.mainstream.meeting.ItemView;
import tw.mainstream.meeting.MeetingView;

import java.util.List;

/** The meeting notice (開會通知單) with its official fields. */
public record NoticeView(MeetingView meeting, String agencyName, String title, String subject, String time, String place, String chair, String contact, List<String> attendees, List<String> observers, String cc, String note, List<ItemView> agenda) {
}
