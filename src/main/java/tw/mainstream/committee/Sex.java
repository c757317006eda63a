package tw.mainstream.committee;

/** 性別 as recorded for a person: 男, 女, 其他, 不公開. */
public enum Sex {
    MALE, FEMALE, OTHER, UNDISCLOSED
}
