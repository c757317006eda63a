package tw.mainstream.search;

/**
 * What a search document stands for. Unit-scoped kinds are visible to a liaison only for their own
 * unit (the document's unit or one of its reader units): tracked items too, since the tracking pages
 * show a liaison only the items their unit leads or supports. Only publishable kinds ever reach the
 * public search.
 */
public enum DocumentKind {
    MINUTES(false, true),
    TRACKED_ITEM(true, false),
    PROGRESS_REPORT(true, false),
    DATA_CALL_ANSWER(true, false),
    STAT_TABLE(false, true),
    MEMBER(false, false);

    private final boolean unitScoped;
    private final boolean publishable;

    DocumentKind(boolean unitScoped, boolean publishable) {
        this.unitScoped = unitScoped;
        this.publishable = publishable;
    }

    /** True when a reader restricted to one unit sees documents of this kind only for that unit. */
    public boolean unitScoped() {
        return unitScoped;
    }

    /** True for kinds whose records may be published (masked) on the public pages. */
    public boolean publishable() {
        return publishable;
    }
}
