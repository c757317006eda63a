package tw.mainstream.statistics.microdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tw.mainstream.shared.time.RocDates;

/**
 * The SQL of one pivot. Identifiers come only from the dataset descriptor (a requested name is
 * looked up there and the descriptor's column is used); every value is a bind parameter.
 * The query groups by the row dimensions, the column dimension and the sex column (added when
 * it is neither, so the share of women can be computed for any layout).
 */
final class PivotQuery {

    static final int MAX_FILTER_VALUES = 1000;

    final List<MicrodataColumn> rows = new ArrayList<>();
    MicrodataColumn column;
    /** Position of the sex column among the grouping keys, or -1 if the dataset has none. */
    int sexKey = -1;
    private final List<MicrodataColumn> keys = new ArrayList<>();
    final TimeGrain grain;
    final List<Object> parameters = new ArrayList<>();
    final String sql;

    PivotQuery(MicrodataDataset dataset, PivotRequest request, int maxGroups) {
        grain = request.grain();
        Set<String> used = new HashSet<>();
        for (String name : request.rows()) {
            rows.add(dimension(dataset, name, used));
        }
        if (request.column() != null) {
            column = dimension(dataset, request.column(), used);
        }
        keys.addAll(rows);
        if (column != null) {
            keys.add(column);
        }
        MicrodataColumn sex = dataset.sexColumn().orElse(null);
        if (sex != null) {
            sexKey = keys.indexOf(sex);
            if (sexKey < 0) {
                sexKey = keys.size();
                keys.add(sex);
            }
        }
        List<String> select = new ArrayList<>();
        for (MicrodataColumn key : keys) {
            select.add(key.role() == ColumnRole.DATE ? dateExpression(key) : MicrodataEngine.identifier(key.name()));
        }
        select.add(measure(dataset, request.measure()) + " AS v");
        String where = where(dataset, request);
        String groupBy = keys.isEmpty() ? "" : " GROUP BY " + ordinals(keys.size());
        sql = "SELECT " + String.join(", ", select) + " FROM " + MicrodataEngine.source(dataset.format(), dataset.paths())
                + where + groupBy + " LIMIT " + (maxGroups + 1);
    }

    /** The grouping keys in SELECT order: rows, then the column, then the sex column if not yet there. */
    List<MicrodataColumn> keys() {
        return keys;
    }

    /** The label of a grouped column, with the time grain for the date column. */
    String label(MicrodataColumn c) {
        if (c.role() != ColumnRole.DATE) {
            return c.label();
        }
        return c.label() + switch (grain) {
            case YEAR -> "（年）";
            case ROC_YEAR -> "（民國年）";
            case MONTH -> "（月）";
        };
    }

    /** Text of a grouping key read from the result set (dates come back as integers). */
    String keyText(MicrodataColumn c, String raw) {
        if (raw == null) {
            return PivotResult.MISSING;
        }
        if (c.role() == ColumnRole.DATE && grain == TimeGrain.MONTH) {
            int yyyymm = Integer.parseInt(raw);
            return String.format("%04d-%02d", yyyymm / 100, yyyymm % 100);
        }
        return raw;
    }

    private String dateExpression(MicrodataColumn c) {
        String id = MicrodataEngine.identifier(c.name());
        return switch (grain) {
            case YEAR -> "year(" + id + ")";
            case ROC_YEAR -> "year(" + id + ") - " + RocDates.gregorianYear(0); // ROC year 0 is 1911
            case MONTH -> "year(" + id + ") * 100 + month(" + id + ")";
        };
    }

    private static MicrodataColumn dimension(MicrodataDataset dataset, String name, Set<String> used) {
        MicrodataColumn c = dataset.column(name).filter(x -> x.role() != ColumnRole.MEASURE)
                .orElseThrow(() -> new MicrodataException("microdata.pivot.dimensionUnknown",
                        "「{0}」不是資料集「{1}」可用的分析維度。", name, dataset.titleZh()));
        if (!used.add(c.name())) {
            throw new MicrodataException("microdata.pivot.dimensionRepeated", "維度「{0}」只能使用一次。", c.label());
        }
        return c;
    }

    private static String measure(MicrodataDataset dataset, String requested) {
        if (requested == null) {
            return dataset.measures().isEmpty() ? "count(*)"
                    : "sum(" + MicrodataEngine.identifier(dataset.measures().get(0).name()) + ")";
        }
        MicrodataColumn m = dataset.column(requested).filter(x -> x.role() == ColumnRole.MEASURE)
                .orElseThrow(() -> new MicrodataException("microdata.pivot.measureUnknown",
                        "「{0}」不是資料集「{1}」的計數欄位。", requested, dataset.titleZh()));
        return "sum(" + MicrodataEngine.identifier(m.name()) + ")";
    }

    private String where(MicrodataDataset dataset, PivotRequest request) {
        List<String> conditions = new ArrayList<>();
        for (Map.Entry<String, List<String>> filter : request.filters().entrySet()) {
            MicrodataColumn c = dataset.column(filter.getKey())
                    .filter(x -> x.role() == ColumnRole.SEX || x.role() == ColumnRole.DIMENSION)
                    .orElseThrow(() -> new MicrodataException("microdata.pivot.filterUnknown",
                            "無法依「{0}」篩選：不是資料集「{1}」的分類欄位。", filter.getKey(), dataset.titleZh()));
            List<String> values = filter.getValue();
            if (values.size() > MAX_FILTER_VALUES) {
                throw new MicrodataException("microdata.pivot.tooManyValues", "「{0}」最多只能選 {1} 個值。", c.label(), MAX_FILTER_VALUES);
            }
            String id = MicrodataEngine.identifier(c.name());
            String target = "VARCHAR".equals(c.sqlType()) ? id : "CAST(" + id + " AS VARCHAR)";
            conditions.add(target + " IN (" + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")");
            parameters.addAll(values);
        }
        if (request.from() != null || request.to() != null) {
            MicrodataColumn date = dataset.dateColumn().orElseThrow(() -> new MicrodataException(
                    "microdata.pivot.noDateColumn", "資料集「{0}」沒有日期欄位，無法篩選日期。", dataset.titleZh()));
            if (request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
                throw new MicrodataException("microdata.pivot.dateRangeInvalid", "起始日期不能晚於結束日期。");
            }
            String id = MicrodataEngine.identifier(date.name());
            if (request.from() != null) {
                conditions.add(id + " >= CAST(? AS DATE)");
                parameters.add(request.from().toString());
            }
            if (request.to() != null) {
                LocalDate next = request.to().plusDays(1);
                conditions.add(id + " < CAST(? AS DATE)");
                parameters.add(next.toString());
            }
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String ordinals(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            sb.append(i == 1 ? "" : ", ").append(i);
        }
        return sb.toString();
    }
}
