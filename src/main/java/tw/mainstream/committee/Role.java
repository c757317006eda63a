package tw.mainstream.committee;

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
    LIAISON;

    /** Seats that count for size, gender rule and quorum: all but the secretary and liaisons who are staff. */
    public boolean isVoting() {
        return this == CONVENER || this == DEPUTY_CONVENER || this == MEMBER;
    }

    /** The executive secretary and liaisons are staff: the public-name policy treats their names as staff names. */
    public boolean isStaff() {
        return !isVoting();
    }
}
