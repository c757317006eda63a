package tw.mainstream.committee;

/** How many members must attend: at least half (⌈n/2⌉) or a majority (⌊n/2⌋+1). They differ at even sizes. */
public enum QuorumRule {
    AT_LEAST_HALF, MAJORITY;

    public int required(int members) {
        return this == AT_LEAST_HALF ? (members + 1) / 2 : members / 2 + 1;
    }
}
