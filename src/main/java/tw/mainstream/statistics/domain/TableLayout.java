package tw.mainstream.statistics.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.mainstream.statistics.DataTable;
import tw.mainstream.statistics.importing.Observation;
import tw.mainstream.shared.time.RocDates;

/** Lays observations out as a wide table with Chinese column names (see {@link DataTable}). */
public final class TableLayout {

    private static final Map<String, String> LABELS = Map.of("YEAR", "年度", "SEX", "性別", "UNIT", "單位",
            "GRADE", "職等", "NATIONALITY", "國籍", "AGE_GROUP", "年齡組", "AREA", "地區", "OTHER", "其他");
    private static final List<String> ORDER = List.of("UNIT", "GRADE", "NATIONALITY", "AGE_GROUP", "AREA", "OTHER");

    private TableLayout() {
    }

    public static String label(String dimension, String otherLabel) {
        return "OTHER".equals(dimension) && otherLabel != null && !otherLabel.isBlank() ? otherLabel
                : LABELS.getOrDefault(dimension, dimension);
    }

    public static String sexLabel(String code) {
        return switch (code) {
            case "M" -> "男";
            case "F" -> "女";
            case "T" -> "合計";
            default -> "";
        };
    }

    public static DataTable wide(StatTable table, List<Observation> observations) {
        List<String> dims = ORDER.stream().filter(d -> observations.stream().anyMatch(o -> !value(o, d).isEmpty())).toList();
        boolean sexed = observations.stream().anyMatch(o -> !o.sex().isEmpty());
        List<String> measures = observations.stream().map(Observation::measure).distinct().toList();
        List<String> columns = new ArrayList<>(List.of("年度"));
        dims.forEach(d -> columns.add(label(d, table.getOtherLabel())));
        if (sexed) {
            columns.add("性別");
        }
        int numericFrom = columns.size();
        columns.addAll(measures);
        Map<List<String>, String[]> rows = new LinkedHashMap<>();
        for (Observation o : observations) {
            List<String> key = new ArrayList<>(List.of(String.valueOf(RocDates.rocYear(o.year()))));
            dims.forEach(d -> key.add(value(o, d)));
            if (sexed) {
                key.add(sexLabel(o.sex()));
            }
            String[] values = rows.computeIfAbsent(key, k -> new String[measures.size()]);
            values[measures.indexOf(o.measure())] = o.value().stripTrailingZeros().toPlainString();
        }
        List<List<String>> result = new ArrayList<>();
        rows.forEach((key, values) -> {
            List<String> row = new ArrayList<>(key);
            for (String v : values) {
                row.add(v == null ? "" : v);
            }
            result.add(row);
        });
        return new DataTable(columns, result, numericFrom);
    }

    private static String value(Observation o, String dimension) {
        return switch (dimension) {
            case "UNIT" -> o.unit();
            case "GRADE" -> o.grade();
            case "NATIONALITY" -> o.nationality();
            case "AGE_GROUP" -> o.ageGroup();
            case "AREA" -> o.area();
            default -> o.other();
        };
    }
}
