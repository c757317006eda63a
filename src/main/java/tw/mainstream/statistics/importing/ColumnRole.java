package tw.mainstream.statistics.importing;

/**
 * What a column of an imported sheet holds: a dimension (year, sex, unit, grade 職等, nationality,
 * age group, area, any other), a measure, or a count for one sex when sexes are side by side
 * (男 / 女 / 合計 columns, as personnel exports lay them out).
 */
public enum ColumnRole {
    YEAR, SEX, UNIT, GRADE, NATIONALITY, AGE_GROUP, AREA, OTHER, MEASURE, MALE, FEMALE, TOTAL, IGNORE;

    public boolean isDimension() {
        return ordinal() <= OTHER.ordinal();
    }

    public boolean isCount() {
        return this == MEASURE || this == MALE || this == FEMALE || this == TOTAL;
    }
}
