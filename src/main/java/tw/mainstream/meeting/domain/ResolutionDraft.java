package tw.mainstream.meeting.domain;

import tw.mainstream.meeting.ResolutionKind;
import tw.mainstream.meeting.ResolutionOutcome;

/** A resolution as the minutes editor sends it. */
public record ResolutionDraft(ResolutionKind kind, ResolutionOutcome outcome, String text, Long leadUnitId,
                              boolean reportNextMeeting) {
}
