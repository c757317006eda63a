package tw.mainstream.shared.security;

/** What a signed-in account may do; scope (agency, unit) comes with the account. */
public enum AccountRole {
    /** IT staff: agencies, units, accounts, settings. */
    ADMIN,
    /** The task force's staff (幕僚) of one agency. */
    SECRETARIAT,
    /** Gender liaison (性別議題聯絡人) of one unit. */
    LIAISON,
    /** A task force member (委員). */
    MEMBER,
    /** Parent body (上級機關): reads its agency and all sub-agencies. */
    OVERSIGHT
}
