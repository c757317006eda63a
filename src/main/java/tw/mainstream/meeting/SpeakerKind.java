package tw.mainstream.meeting;

/** Who is speaking in a remark. */
public enum SpeakerKind {
    MEMBER, UNIT, OFFICE, CHAIR, OTHER;
}
