package tw.mainstream.importing.draft;

/** A draft is reviewed (DRAFT), then saved as a meeting (SAVED) or put aside (DISCARDED). */
public enum DraftStatus {
    DRAFT, SAVED, DISCARDED;

    public boolean isDraft() {
        return this == DRAFT;
    }

    public boolean isSaved() {
        return this == SAVED;
    }

    public boolean isDiscarded() {
        return this == DISCARDED;
    }
}
