package tw.mainstream.meeting.domain;

import java.util.List;

/** A member's attendance, as taken at the meeting. */
public record AttendanceView(Long id, Long membershipId, Long personId, String name, String title, String affiliation, boolean internal, boolean voting, AttendanceStatus status, String proxyName, String note, long version) {
}
