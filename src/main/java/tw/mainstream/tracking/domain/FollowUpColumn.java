package tw.mainstream.tracking.domain;

import java.util.List;

/** A column of the follow-up table; the default set is the one of the Taipei minutes. */
public enum FollowUpColumn {
    MEETING_DATE, CONTENT, LEAD_UNIT, SUPPORTING_UNITS, DUE, PROGRESS, PROPOSAL, REMARKS, CLOSED;

    public static final List<FollowUpColumn> DEFAULT = List.of(MEETING_DATE, CONTENT, PROGRESS, REMARKS, CLOSED);
}
