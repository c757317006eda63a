package tw.mainstream.statistics.microdata;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns the grouped rows of a {@link PivotQuery} into a {@link PivotResult}. */
final class PivotAssembler {

    private static final Comparator<String> KEY_ORDER = keyOrder();

    private final MicrodataDataset dataset;
    private final PivotQuery query;
    private final int rowCount;
    private final boolean hasColumn;
    private final Map<List<String>, Cells> rows = new HashMap<>();
    private final Set<String> columnKeys = new LinkedHashSet<>();

    PivotAssembler(MicrodataDataset dataset, PivotQuery query) {
        this.dataset = dataset;
        this.query = query;
        this.rowCount = query.rows.size();
        this.hasColumn = query.column != null;
    }

    /** One group: raw key values in SELECT order and its measure. */
    void add(String[] raw, long value) {
        List<MicrodataColumn> keys = query.keys();
        String[] rowKey = new String[rowCount];
        for (int k = 0; k < rowCount; k++) {
            rowKey[k] = query.keyText(keys.get(k), raw[k]);
        }
        Cells cells = rows.computeIfAbsent(Arrays.asList(rowKey), k -> new Cells());
        if (hasColumn) {
            String columnKey = query.keyText(query.column, raw[rowCount]);
            columnKeys.add(columnKey);
            cells.byColumn.merge(columnKey, value, Long::sum);
        }
        cells.total += value;
        if (query.sexKey >= 0) {
            String sex = raw[query.sexKey];
            if (dataset.sexCoding().isFemale(sex)) {
                cells.female += value;
            } else if (dataset.sexCoding().isMale(sex)) {
                cells.male += value;
            }
        }
    }

    PivotResult result() {
        List<String> columns = sortedColumns();
        List<List<String>> rowKeys = new ArrayList<>(rows.keySet());
        rowKeys.sort(this::compareRows);
        List<PivotRow> out = new ArrayList<>();
        long[] columnTotals = new long[columns.size()];
        long total = 0;
        long female = 0;
        long male = 0;
        for (List<String> key : rowKeys) {
            Cells cells = rows.get(key);
            List<Long> values = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                long v = cells.byColumn.getOrDefault(columns.get(c), 0L);
                values.add(v);
                columnTotals[c] += v;
            }
            out.add(new PivotRow(key, values, cells.total, cells.female, cells.male));
            total += cells.total;
            female += cells.female;
            male += cells.male;
        }
        return new PivotResult(dataset.id(),
                query.rows.stream().map(MicrodataColumn::name).toList(),
                query.rows.stream().map(query::label).toList(),
                hasColumn ? query.column.name() : null,
                hasColumn ? query.label(query.column) : null,
                columns, out, Arrays.stream(columnTotals).boxed().toList(), total, female, male);
    }

    /** Sex columns: men, women, then other values; other dimensions: natural order. */
    private List<String> sortedColumns() {
        List<String> columns = new ArrayList<>(columnKeys);
        if (hasColumn && query.column.role() == ColumnRole.SEX) {
            SexCoding coding = dataset.sexCoding();
            columns.sort(Comparator.<String>comparingInt(k -> coding.isMale(k) ? 0 : coding.isFemale(k) ? 1 : 2)
                    .thenComparing(KEY_ORDER));
        } else {
            columns.sort(KEY_ORDER);
        }
        return columns;
    }

    private int compareRows(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = KEY_ORDER.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Missing last, numbers numerically, text by the zh-TW collator. */
    private static Comparator<String> keyOrder() {
        Collator collator = Collator.getInstance(Locale.TAIWAN);
        return (a, b) -> {
            boolean ma = PivotResult.MISSING.equals(a);
            boolean mb = PivotResult.MISSING.equals(b);
            if (ma || mb) {
                return Boolean.compare(ma, mb);
            }
            Long na = number(a);
            Long nb = number(b);
            if (na != null && nb != null) {
                return Long.compare(na, nb);
            }
            return collator.compare(a, b);
        };
    }

    private static Long number(String s) {
        try {
            return Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final class Cells {
        final Map<String, Long> byColumn = new HashMap<>();
        long total;
        long female;
        long male;
    }
}
