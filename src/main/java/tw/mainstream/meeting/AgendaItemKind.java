package tw.mainstream.meeting;

/** The part of the agenda an item belongs to; the order of the constants is the order of the sections. */
public enum AgendaItemKind {
    ANNOUNCE, CHAIR_REMARKS, CONFIRM_PREVIOUS, FOLLOW_UP, REPORT, SPECIAL_REPORT, DISCUSSION, EXTEMPORE;

    /** Items that carry a subject and may get remarks and resolutions. */
    public boolean isSubstantive() {
        return ordinal() >= FOLLOW_UP.ordinal();
    }
}
