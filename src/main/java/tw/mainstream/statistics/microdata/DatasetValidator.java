package tw.mainstream.statistics.microdata;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a descriptor against its files: they exist, DuckDB reads them, the columns are there. */
final class DatasetValidator {

    private static final Set<String> INTEGER_TYPES = Set.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT",
            "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT");

    private DatasetValidator() {
    }

    static MicrodataDataset validate(MicrodataDataset dataset, MicrodataEngine engine) {
        checkColumns(dataset.columns());
        List<String> paths = DatasetFiles.check(dataset.paths());
        Map<String, String> types = describe(dataset.format(), paths, engine);
        List<MicrodataColumn> typed = new ArrayList<>();
        for (MicrodataColumn column : dataset.columns()) {
            String type = types.get(column.name());
            if (type == null) {
                throw new MicrodataException("microdata.dataset.columnMissing",
                        "資料檔中沒有欄位「{0}」；檔案中的欄位有：{1}。", column.name(), String.join("、", types.keySet()));
            }
            if (column.role() == ColumnRole.DATE && !type.startsWith("DATE") && !type.startsWith("TIMESTAMP")) {
                throw new MicrodataException("microdata.dataset.dateColumnType",
                        "日期欄位「{0}」的內容不是日期（讀到的型態為 {1}），請使用西元日期格式，例如 2023-01-31。", column.name(), type);
            }
            if (column.role() == ColumnRole.MEASURE && !INTEGER_TYPES.contains(type)) {
                throw new MicrodataException("microdata.dataset.measureColumnType",
                        "計數欄位「{0}」必須是整數（讀到的型態為 {1}）。", column.name(), type);
            }
            typed.add(column.withSqlType(type));
        }
        return dataset.withColumns(typed, paths);
    }

    private static void checkColumns(List<MicrodataColumn> columns) {
        if (columns.stream().noneMatch(c -> c.role() != ColumnRole.MEASURE)) {
            throw new MicrodataException("microdata.dataset.noDimension", "請至少指定一個可供分組的欄位（日期、性別或其他維度）。");
        }
        Set<String> names = new HashSet<>();
        for (MicrodataColumn column : columns) {
            if (column.name().isEmpty()) {
                throw new MicrodataException("microdata.dataset.columnNameMissing", "每個欄位都必須填寫欄位名稱。");
            }
            if (!names.add(column.name())) {
                throw new MicrodataException("microdata.dataset.columnRepeated", "欄位「{0}」重複指定。", column.name());
            }
        }
        if (columns.stream().filter(c -> c.role() == ColumnRole.DATE).count() > 1) {
            throw new MicrodataException("microdata.dataset.dateColumnRepeated", "只能指定一個日期欄位。");
        }
        if (columns.stream().filter(c -> c.role() == ColumnRole.SEX).count() > 1) {
            throw new MicrodataException("microdata.dataset.sexColumnRepeated", "只能指定一個性別欄位。");
        }
    }

    /** Column name → DuckDB type, in file order. */
    private static Map<String, String> describe(DataFormat format, List<String> paths, MicrodataEngine engine) {
        Map<String, String> types = new LinkedHashMap<>();
        try (Connection c = engine.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + MicrodataEngine.source(format, paths))) {
            while (r.next()) {
                types.put(r.getString("column_name"), r.getString("column_type"));
            }
        } catch (SQLException e) {
            throw new MicrodataException("microdata.dataset.fileUnreadable",
                    "無法以 {0} 格式讀取資料檔：{1}", e, format, firstLine(e.getMessage()));
        }
        return types;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
