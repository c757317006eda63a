package tw.mainstream.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * Indicators of one measure of a table, ready for charts and their data tables: per year the
 * counts by sex, share of women (%), sex ratio (men per 100 women), gap (men − women) and the
 * change of the share of women since the year before (percentage points); and for the latest
 * year the counts by category (grade, age group …) for a population pyramid.
 */
public record TableFigures(String measure, List<YearFigure> years, String categoryLabel, int pyramidYear,
                           List<CategoryFigure> categories) {

    public boolean isEmpty() {
        return years.isEmpty();
    }

    public boolean hasPyramid() {
        return categories.size() > 1;
    }

    /** One year; ratios are null when undefined (no women, or no one). */
    public record YearFigure(int year, int rocYear, BigDecimal men, BigDecimal women, BigDecimal total,
                             BigDecimal shareOfWomen, BigDecimal sexRatio, BigDecimal gap, BigDecimal shareChange) {
    }

    /** One category of the latest year. */
    public record CategoryFigure(String name, BigDecimal men, BigDecimal women, BigDecimal shareOfWomen) {
    }

    /** The figures as JSON for the chart script (ECharts options are built in the browser). */
    public String chartJson() {
        StringBuilder b = new StringBuilder("{\"years\":[");
        b.append(String.join(",", years.stream().map(y -> String.valueOf(y.rocYear())).toList()));
        b.append("],\"men\":[").append(join(years.stream().map(YearFigure::men).toList()));
        b.append("],\"women\":[").append(join(years.stream().map(YearFigure::women).toList()));
        b.append("],\"share\":[").append(join(years.stream().map(YearFigure::shareOfWomen).toList()));
        b.append("],\"categories\":[").append(String.join(",", categories.stream().map(c -> quote(c.name())).toList()));
        b.append("],\"catMen\":[").append(join(categories.stream().map(CategoryFigure::men).toList()));
        b.append("],\"catWomen\":[").append(join(categories.stream().map(CategoryFigure::women).toList()));
        return b.append("]}").toString();
    }

    private static String join(List<BigDecimal> values) {
        return String.join(",", values.stream().map(v -> v == null ? "null" : v.stripTrailingZeros().toPlainString()).toList());
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
