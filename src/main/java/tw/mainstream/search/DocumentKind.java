package tw.mainstream.search;

/**
 * What a search document stands for. Unit-scoped kinds are visible to a liaison only for their own
 * unit (the document's unit or one of its reader units): tracked items too, since the tracking pages
 * show a liaison only the items their unit leads or supports.
 */
public enum DocumentKind {
    MINUTES(false),
    TRACKED_ITEM(true),
    PROGRESS_REPORT(true),
    DATA_CALL_ANSWER(true),
    STAT_TABLE(false),
    MEMBER(false);

    private final boolean unitScoped;

    DocumentKind(boolean unitScoped) {
        this.unitScoped = unitScoped;
    }

    /** True when a reader restricted to one unit sees documents of this kind only for that unit. */
    public boolean unitScoped() {
        return unitScoped;
    }
}
