package tw.mainstream.statistics.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tw.mainstream.statistics.importing.ImportProblem.Kind;
import tw.mainstream.statistics.importing.RawSheet.RawRow;

/**
 * Turns a sheet and its column mapping into observations, and lists every problem by row before
 * anything is stored: damaged characters, ragged rows, non-numeric counts, sex values outside the
 * code list, bad years, duplicated keys and totals (合計) that differ from 男 + 女.
 */
public final class ImportChecker {

    private ImportChecker() {
    }

    public static ImportCheck check(RawSheet sheet, List<ColumnRole> roles, String defaultMeasure) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!roles.contains(ColumnRole.YEAR)) {
            problems.add(new ImportProblem(0, Kind.NO_YEAR_COLUMN, "", ""));
        }
        if (roles.stream().noneMatch(ColumnRole::isCount)) {
            problems.add(new ImportProblem(0, Kind.NO_MEASURE_COLUMN, "", ""));
        }
        if (sheet.rows().isEmpty()) {
            problems.add(new ImportProblem(0, Kind.NO_ROWS, "", ""));
        }
        if (sheet.header().stream().anyMatch(h -> h.indexOf(CsvReader.REPLACEMENT) >= 0)) {
            problems.add(new ImportProblem(1, Kind.ENCODING, "", String.join(",", sheet.header())));
        }
        if (!problems.isEmpty() && problems.stream().anyMatch(p -> p.row() == 0)) {
            return new ImportCheck(List.of(), problems);
        }
        List<Observation> observations = new ArrayList<>();
        Map<List<String>, Integer> rowOfKey = new HashMap<>();
        int order = 0;
        for (RawRow row : sheet.rows()) {
            List<ImportProblem> rowProblems = new ArrayList<>();
            List<Observation> rowValues = readRow(sheet, roles, row, defaultMeasure, order++, rowProblems);
            for (Observation o : rowValues) {
                Integer earlier = rowOfKey.putIfAbsent(o.key(), row.number());
                if (earlier != null) {
                    rowProblems.add(new ImportProblem(row.number(), Kind.DUPLICATE_KEY, "", String.valueOf(earlier)));
                    break;
                }
            }
            problems.addAll(rowProblems);
            if (rowProblems.isEmpty()) {
                observations.addAll(rowValues);
            }
        }
        problems.addAll(totals(observations, rowOfKey));
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new ImportCheck(observations, problems);
    }

    private static List<Observation> readRow(RawSheet sheet, List<ColumnRole> roles, RawRow row, String measure,
                                             int order, List<ImportProblem> problems) {
        int n = row.number();
        int width = sheet.header().size();
        if (row.cells().stream().anyMatch(c -> c.indexOf(CsvReader.REPLACEMENT) >= 0)) {
            problems.add(new ImportProblem(n, Kind.ENCODING, "", String.join(",", row.cells())));
            return List.of();
        }
        if (row.cells().size() > width || (sheet.strictWidth() && row.width() != width)) {
            problems.add(new ImportProblem(n, Kind.RAGGED_ROW, String.valueOf(width), String.valueOf(row.width())));
            return List.of();
        }
        Map<ColumnRole, String> dims = new HashMap<>();
        Integer year = null;
        String sex = "";
        for (int c = 0; c < roles.size(); c++) {
            String cell = c < row.cells().size() ? row.cells().get(c) : "";
            ColumnRole role = roles.get(c);
            if (role == ColumnRole.YEAR) {
                year = ColumnMapping.year(cell).orElse(null);
                if (year == null) {
                    problems.add(new ImportProblem(n, Kind.YEAR, sheet.header().get(c), cell));
                }
            } else if (role == ColumnRole.SEX) {
                Optional<SexCode> code = SexCode.parse(cell);
                if (code.isEmpty()) {
                    problems.add(new ImportProblem(n, Kind.SEX_CODE, sheet.header().get(c), cell));
                }
                sex = code.map(Enum::name).orElse("");
            } else if (role.isDimension()) {
                dims.put(role, cell);
            }
        }
        List<Observation> values = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            ColumnRole role = roles.get(c);
            String cell = c < row.cells().size() ? row.cells().get(c) : "";
            if (!role.isCount() || cell.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> value = ColumnMapping.number(cell);
            if (value.isEmpty()) {
                problems.add(new ImportProblem(n, Kind.NOT_NUMERIC, sheet.header().get(c), cell));
                continue;
            }
            String s = switch (role) {
                case MALE -> "M";
                case FEMALE -> "F";
                case TOTAL -> "T";
                default -> sex;
            };
            String m = role == ColumnRole.MEASURE ? sheet.header().get(c) : measure;
            values.add(new Observation(year == null ? 0 : year, s, d(dims, ColumnRole.GRADE), d(dims, ColumnRole.UNIT),
                    d(dims, ColumnRole.NATIONALITY), d(dims, ColumnRole.AGE_GROUP), d(dims, ColumnRole.AREA),
                    d(dims, ColumnRole.OTHER), m, value.get(), order));
        }
        return problems.isEmpty() ? values : List.of();
    }

    private static String d(Map<ColumnRole, String> dims, ColumnRole role) {
        return dims.getOrDefault(role, "");
    }

    /** 合計 ≠ 男 + 女 for the same cell: a warning at the row of the total. */
    private static List<ImportProblem> totals(List<Observation> observations, Map<List<String>, Integer> rowOfKey) {
        Map<List<String>, Map<String, Observation>> bySex = new HashMap<>();
        for (Observation o : observations) {
            bySex.computeIfAbsent(o.keyWithoutSex(), k -> new HashMap<>()).put(o.sex(), o);
        }
        List<ImportProblem> problems = new ArrayList<>();
        Set<Integer> reported = new HashSet<>();
        for (Map<String, Observation> cell : bySex.values()) {
            Observation m = cell.get("M");
            Observation f = cell.get("F");
            Observation t = cell.get("T");
            if (m != null && f != null && t != null && m.value().add(f.value()).compareTo(t.value()) != 0) {
                int row = rowOfKey.get(t.key());
                if (reported.add(row * 31 + t.measure().hashCode())) {
                    problems.add(new ImportProblem(row, Kind.TOTAL_MISMATCH, t.measure(),
                            m.value().toPlainString() + "+" + f.value().toPlainString() + "≠" + t.value().toPlainString()));
                }
            }
        }
        return problems;
    }
}
