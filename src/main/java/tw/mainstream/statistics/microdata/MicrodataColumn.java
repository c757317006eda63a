package tw.mainstream.statistics.microdata;

import java.util.Objects;

/**
 * One column of a microdata file that may be used in a pivot. {@code name} is the header in the
 * file (Chinese headers are fine); {@code sqlType} is filled in by the registry from DuckDB's
 * DESCRIBE and may be null on input.
 */
public record MicrodataColumn(String name, ColumnRole role, String labelZh, String labelEn, String sqlType) {

    public MicrodataColumn {
        Objects.requireNonNull(role, "role");
        name = name == null ? "" : name.strip();
        labelZh = blankToNull(labelZh);
        labelEn = blankToNull(labelEn);
    }

    public MicrodataColumn(String name, ColumnRole role, String labelZh, String labelEn) {
        this(name, role, labelZh, labelEn, null);
    }

    /** zh-TW label for the UI; the column name (often already Chinese) if there is none. */
    public String label() {
        return labelZh != null ? labelZh : name;
    }

    /** English label; the column name if there is none. */
    public String labelEnglish() {
        return labelEn != null ? labelEn : name;
    }

    MicrodataColumn withSqlType(String type) {
        return new MicrodataColumn(name, role, labelZh, labelEn, type);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
