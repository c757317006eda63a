package tw.mainstream.statistics.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tw.mainstream.shared.time.RocDates;

/** Guesses each column's role from its header and contents; the user may change the guess. */
public final class ColumnMapping {

    private static final Pattern YEAR = Pattern.compile("(?:中華民國|民國)?\\s*(\\d{2,4})\\s*(?:年度|年)?");

    private ColumnMapping() {
    }

    public static List<ColumnRole> guess(RawSheet sheet) {
        List<ColumnRole> roles = new ArrayList<>();
        boolean other = false;
        for (int c = 0; c < sheet.header().size(); c++) {
            ColumnRole role = byHeader(sheet.header().get(c));
            if (role == null) {
                role = mostlyNumeric(sheet, c) ? ColumnRole.MEASURE : other ? ColumnRole.IGNORE : ColumnRole.OTHER;
                other |= role == ColumnRole.OTHER;
            }
            roles.add(role);
        }
        return roles;
    }

    static ColumnRole byHeader(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        Optional<SexCode> sex = SexCode.parse(h);
        if (sex.isPresent()) {
            return switch (sex.get()) {
                case M -> ColumnRole.MALE;
                case F -> ColumnRole.FEMALE;
                case T -> ColumnRole.TOTAL;
            };
        }
        if (h.contains("年齡") || h.startsWith("age")) {
            return ColumnRole.AGE_GROUP;
        }
        if (h.equals("年") || h.contains("年度") || h.contains("年別") || h.equals("year") || h.equals("統計年")) {
            return ColumnRole.YEAR;
        }
        if (h.contains("性別") || h.equals("sex") || h.equals("gender")) {
            return ColumnRole.SEX;
        }
        if (h.contains("職等") || h.contains("官等") || h.equals("grade")) {
            return ColumnRole.GRADE;
        }
        if (h.contains("國籍") || h.equals("nationality")) {
            return ColumnRole.NATIONALITY;
        }
        if (h.contains("單位") || h.equals("unit")) {
            return ColumnRole.UNIT;
        }
        if (h.contains("縣市") || h.contains("地區") || h.contains("區域") || h.equals("area")) {
            return ColumnRole.AREA;
        }
        return null;
    }

    private static boolean mostlyNumeric(RawSheet sheet, int column) {
        long filled = 0;
        long numeric = 0;
        for (RawSheet.RawRow row : sheet.rows()) {
            if (column < row.cells().size() && !row.cells().get(column).isEmpty()) {
                filled++;
                numeric += number(row.cells().get(column)).isPresent() ? 1 : 0;
            }
        }
        return filled > 0 && numeric * 2 > filled;
    }

    /** A count as written in government files: {@code 1,234}, {@code 12.5}; "-" means none. */
    public static Optional<BigDecimal> number(String text) {
        String s = text.strip().replace(",", "").replace("，", "").replace(" ", "");
        if (s.equals("-") || s.equals("－") || s.equals("—")) {
            return Optional.of(BigDecimal.ZERO);
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A year in ROC ({@code 111}, {@code 民國111年}) or AD ({@code 2022}), as the AD year. */
    public static Optional<Integer> year(String text) {
        Matcher m = YEAR.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int y = Integer.parseInt(m.group(1));
        if (y >= 1 && y < 300) {
            return Optional.of(RocDates.gregorianYear(y));
        }
        return y >= 1912 && y <= 2300 ? Optional.of(y) : Optional.empty();
    }
}
