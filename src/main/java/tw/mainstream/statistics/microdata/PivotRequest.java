package tw.mainstream.statistics.microdata;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to aggregate: {@code rows} and {@code column} are column names of the dataset (the
 * column is usually the sex column; null for none). {@code filters} keep rows whose dimension
 * has one of the given values; {@code from}/{@code to} (inclusive, either may be null) filter the
 * date column; {@code grain} buckets the date column when it is a row or column dimension;
 * {@code measure} names a MEASURE column to sum, or null for the dataset's default (the sum of its
 * first MEASURE column, else the number of rows). Names are checked against the descriptor.
 */
public record PivotRequest(List<String> rows, String column, Map<String, List<String>> filters,
                           LocalDate from, LocalDate to, TimeGrain grain, String measure) {

    public PivotRequest {
        rows = rows == null ? List.of() : rows.stream().filter(Objects::nonNull).map(String::strip).toList();
        column = column == null || column.isBlank() ? null : column.strip();
        filters = copy(filters);
        grain = grain == null ? TimeGrain.MONTH : grain;
        measure = measure == null || measure.isBlank() ? null : measure.strip();
    }

    /** Rows by the given dimensions, one column per value of {@code column} (null: totals only). */
    public static PivotRequest of(List<String> rows, String column) {
        return new PivotRequest(rows, column, Map.of(), null, null, TimeGrain.MONTH, null);
    }

    /** The same request keeping only rows where {@code dimension} is one of {@code values}. */
    public PivotRequest withFilter(String dimension, List<String> values) {
        Map<String, List<String>> more = new LinkedHashMap<>(filters);
        more.put(dimension, values);
        return new PivotRequest(rows, column, more, from, to, grain, measure);
    }

    public PivotRequest withDateRange(LocalDate newFrom, LocalDate newTo) {
        return new PivotRequest(rows, column, filters, newFrom, newTo, grain, measure);
    }

    public PivotRequest withGrain(TimeGrain newGrain) {
        return new PivotRequest(rows, column, filters, from, to, newGrain, measure);
    }

    public PivotRequest withMeasure(String newMeasure) {
        return new PivotRequest(rows, column, filters, from, to, grain, newMeasure);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> filters) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((k, v) -> {
                if (k != null && v != null && !v.isEmpty()) {
                    copy.put(k.strip(), v.stream().filter(Objects::nonNull).toList());
                }
            });
        }
        return java.util.Collections.unmodifiableMap(copy);
    }
}
