package tw.mainstream.importing;

/** Outcome a resolution states in so many words; {@code null} on a resolution when it states none. */
public enum ResolutionOutcome {
    /** 洽悉, 准予備查. */
    NOTED,
    /** 照案通過. */
    ADOPTED,
    /** 修正通過. */
    AMENDED,
    /** 解除列管, 解列. */
    CLOSED,
    /** 繼續列管, 賡續列管. */
    CONTINUED
}
