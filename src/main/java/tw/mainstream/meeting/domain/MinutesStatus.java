package tw.mainstream.meeting.domain;

/** 草案 → 分送 → 確認 → 公開; the pages ask {@code isDraft()} … instead of comparing names. */
public enum MinutesStatus {
    DRAFT, CIRCULATED, CONFIRMED, PUBLISHED;

    public boolean isDraft() {
        return this == DRAFT;
    }

    public boolean isCirculated() {
        return this == CIRCULATED;
    }

    public boolean isConfirmed() {
        return this == CONFIRMED;
    }

    public boolean isPublished() {
        return this == PUBLISHED;
    }

    /** Circulated or still a draft: the secretariat can still confirm it. */
    public boolean isBeforeConfirmation() {
        return this == DRAFT || this == CIRCULATED;
    }

    /** Confirmed or published: only a correction changes it now. */
    public boolean isConfirmedOrLater() {
        return this == CONFIRMED || this == PUBLISHED;
    }
}
