package tw.mainstream.meeting;

/** 決議, 決定, 主席裁示, 主席結論. */
public enum ResolutionKind {
    RESOLUTION, DECISION, RULING, CONCLUSION;
}
