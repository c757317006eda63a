package tw.mainstream.committee;

/** The charter rules the compliance report checks. */
public enum ComplianceRule {
    MEMBER_COUNT, GENDER, EXTERNAL_COUNT, GEC_CREDENTIAL, TERMS_ENDING, VACANCY, REAPPOINTMENT, MEETING_INTERVAL, QUORUM
}
