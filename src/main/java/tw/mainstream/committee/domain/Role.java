package tw.mainstream.committee.domain;

/** A member's seat in the task force. */
public enum Role {
    /** 召集人 */
    CONVENER,
    /** 副召集人 */
    DEPUTY_CONVENER,
    /** 委員 */
    MEMBER,
    /** 執行秘書 */
    EXECUTIVE_SECRETARY,
    /** 性別議題聯絡人 */
    LIAISON
}
