package tw.mainstream.meeting.domain;

import tw.mainstream.meeting.SpeakerKind;

/** A remark as the minutes editor sends it: speaker and text (one point per line). */
public record RemarkDraft(SpeakerKind speakerKind, String speakerName, String speakerTitle, String speakerRole,
                          Long unitId, String text) {
}
