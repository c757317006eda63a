package tw.mainstream.account.domain;

/** Delegated administration: the accounts of one agency, or of an agency and the agencies below it. */
public enum AdminScope {
    AGENCY, AGENCY_TREE
}
