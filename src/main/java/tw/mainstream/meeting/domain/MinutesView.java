package tw.mainstream.meeting.domain;

import tw.mainstream.meeting.MeetingView;

import java.util.List;

/** The minutes of one meeting, internal or public (names masked), laid out with generated numbering. */
public record MinutesView(MeetingView meeting, String agencyName, String title, boolean publicVersion, int revision, MinutesStatus status, List<HeaderLine> header, List<SectionView> sections, String recorder, String chair) {
}
