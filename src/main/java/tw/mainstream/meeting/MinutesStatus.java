package tw.mainstream.meeting;

/** 草案 → 分送 → 確認 → 公開. */
public enum MinutesStatus {
    DRAFT, CIRCULATED, CONFIRMED, PUBLISHED;
}
