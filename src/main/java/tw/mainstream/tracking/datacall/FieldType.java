package tw.mainstream.tracking.datacall;

/** Kinds of field in a data call form; AMOUNT is NT$ thousands (千元), a whole number. */
public enum FieldType {
    TEXT, NUMBER, AMOUNT, DATE, CHOICE, TABLE;

    public boolean isChoice() {
        return this == CHOICE;
    }

    public boolean isDate() {
        return this == DATE;
    }

    public boolean isTable() {
        return this == TABLE;
    }
}
