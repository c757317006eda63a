package tw.mainstream.meeting.domain;

import java.util.List;

/** Quorum at this moment: voting members present (in person or by proxy) against the charter's requirement. */
public record QuorumView(int present, int required, int votingSeats, boolean met) {
}
