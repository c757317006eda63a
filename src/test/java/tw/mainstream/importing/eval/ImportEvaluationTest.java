package tw.mainstream.importing.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.mainstream.importing.ImportResult;
import tw.mainstream.importing.MinutesImporter;
import tw.mainstream.importing.MinutesJson;

/**
 * Field-level precision and recall of the importer over every minutes file under
 * src/test/resources/minutes that has a hand-written {@code .expected.json} next to it. A field is one
 * leaf value (items[2].resolutions[0].outcome); list entries are compared by position, null means absent.
 * precision = correct / fields extracted, recall = correct / fields expected.
 */
class ImportEvaluationTest {
    private static final Path DIR = Path.of("src", "test", "resources", "minutes");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The fields evaluated, lists written as []. */
    private static final Set<String> FIELDS = Set.of("title", "agency", "year", "sequence", "date", "startTime",
            "endTime", "place", "chair", "recorder", "openingRemarks", "chairConclusion",
            "attendance.present[]", "attendance.excused[]", "attendance.proxies[].member",
            "attendance.proxies[].proxy", "attendance.observers[]",
            "items[].kind", "items[].label", "items[].title", "items[].reportingUnit",
            "items[].resolutions[].label", "items[].resolutions[].text", "items[].resolutions[].outcome",
            "items[].resolutions[].leadUnit");
    private static final double MIN_PRECISION = 0.9;
    private static final double MIN_RECALL = 0.9;

    @Test
    void precisionAndRecallOverAllMinutes() throws IOException {
        List<Path> expectedFiles;
        try (var files = Files.list(DIR)) {
            expectedFiles = files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
        assertThat(expectedFiles).hasSizeGreaterThanOrEqualTo(5);

        Map<String, FieldScore> byFile = new LinkedHashMap<>();
        Map<String, FieldScore> byField = new TreeMap<>();
        FieldScore total = new FieldScore();
        StringBuilder misses = new StringBuilder();
        for (Path expectedFile : expectedFiles) {
            String name = expectedFile.getFileName().toString().replace(".expected.json", "");
            ImportResult result = MinutesImporter.importFile(DIR.resolve(name + ".txt"));
            assertThat(result.isOk()).as(name + ": " + result.error()).isTrue();
            Map<String, String> expected = flatten(JSON.readTree(Files.readString(expectedFile)));
            Map<String, String> actual = flatten(MinutesJson.toNode(result));
            FieldScore file = byFile.computeIfAbsent(name, k -> new FieldScore());
            for (String path : union(expected, actual)) {
                String e = expected.get(path);
                String a = actual.get(path);
                FieldScore field = byField.computeIfAbsent(pattern(path), k -> new FieldScore());
                for (FieldScore s : List.of(file, field, total)) {
                    s.add(e != null ? 1 : 0, a != null ? 1 : 0, e != null && e.equals(a) ? 1 : 0);
                }
                if (e == null || !e.equals(a)) {
                    misses.append(String.format("  %s %s: expected %s, got %s%n", name, path, e, a));
                }
            }
        }
        System.out.println(table("file", byFile, total));
        System.out.println(table("field", byField, total));
        System.out.println(misses.isEmpty() ? "no differences" : "differences:\n" + misses);
        assertThat(total.precision()).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(total.recall()).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> all = new java.util.TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }

    /** Leaf values by path, only the evaluated fields, nulls left out. */
    static Map<String, String> flatten(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            for (var entry : node.properties()) {
                flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (FIELDS.contains(pattern(path))) {
            out.put(path, node.asString());
        }
    }

    private static String pattern(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }

    private static String table(String heading, Map<String, FieldScore> rows, FieldScore total) {
        StringBuilder sb = new StringBuilder();
        String format = "| %-32s | %8s | %9s | %7s | %9s | %6s |%n";
        sb.append(String.format(format, heading, "expected", "extracted", "correct", "precision", "recall"));
        sb.append(String.format(format, "-".repeat(32), "-".repeat(8), "-".repeat(9), "-".repeat(7), "-".repeat(9), "-".repeat(6)));
        rows.forEach((name, s) -> sb.append(row(format, name, s)));
        sb.append(row(format, "all", total));
        return sb.toString();
    }

    private static String row(String format, String name, FieldScore s) {
        return String.format(format, name, s.expected, s.extracted, s.correct,
                String.format("%.3f", s.precision()), String.format("%.3f", s.recall()));
    }
}
