package tw.mainstream.importing.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the format test set under corpus/formats: a fixed sample of corpus TXT files (chosen before any score was
 * seen) laid out as agencies publish them, as DOCX (written here with POI: title centred, 標楷體, the numbers
 * 一、 （一） 1. as Word's automatic list numbering, attendance and tab-separated parts as real tables, a page header
 * with the body's name and a footer 第 X 頁／共 Y 頁), and as ODT and A4 PDF converted from that DOCX by LibreOffice
 * (so the PDF has page-width line wraps, page headers and footers and page breaks inside paragraphs). Each file's
 * expected values are copied next to it, reduced to the fields CorpusEvaluationTest scores.
 *
 * <p>Run by hand (needs {@code soffice}); the generated files are committed, so the tests need no LibreOffice:
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=...FormatCorpus} or from
 * an IDE, in the project folder.
 */
public final class FormatCorpus {
    static final Path OUT = CorpusEvaluationTest.CORPUS.resolve("formats");
    private static final Path MINUTES = Path.of("src", "test", "resources", "minutes");
    /** The sample: both examples, a table-heavy example, and files of every corpus set. */
    static final List<String> SAMPLE = List.of("nia-111-1", "taipei-doit-105-2", "taichung-sab-111-3",
            "corpus/ntu-council-114-1-2", "corpus/epa-eia-144", "corpus/holdout/ey-council-3192",
            "corpus/holdout/beigang-council-21-5", "corpus/holdout2/cipas-committee-152",
            "corpus/holdout2/keliao-school-106-1", "corpus/holdout3/shulin-teachers-13-1",
            "corpus/holdout3/moi-urban-974", "corpus/holdout3/jincheng-council-12-7-3");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ATTENDANCE = Pattern.compile(
            "^((?:[一二三四五六七八九十]+、)?\\s*(?:出席|列席|請假|缺席)[^:：]{0,8})[:：](.*)$");

    private FormatCorpus() {
    }

    public static void main(String[] args) throws Exception {
        for (String format : List.of("docx", "odt", "pdf")) {
            Files.createDirectories(OUT.resolve(format));
        }
        Path work = Files.createTempDirectory("import4-formats");
        for (String source : SAMPLE) {
            String name = Path.of(source).getFileName().toString();
            JsonNode expected = JSON.readTree(Files.readString(MINUTES.resolve(source + ".expected.json")));
            Files.writeString(OUT.resolve(name + ".expected.json"),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scored(expected)) + "\n");
            List<String> lines = Files.readAllLines(MINUTES.resolve(source + ".txt"));
            Path docx = OUT.resolve("docx").resolve(name + ".docx");
            try (OutputStream out = Files.newOutputStream(docx)) {
                new FormatCorpusDocx(header(expected, lines)).write(blocks(lines), out);
            }
            convert(docx, "odt", OUT.resolve("odt"), work);
            convert(docx, "pdf", OUT.resolve("pdf"), work);
        }
    }

    /** The fields CorpusEvaluationTest reads; resolutions as their texts. */
    private static ObjectNode scored(JsonNode expected) {
        ObjectNode out = JSON.createObjectNode();
        for (String field : List.of("source", "body", "date", "startTime", "endTime", "place", "chair", "recorder")) {
            if (expected.has(field)) {
                out.set(field, expected.get(field));
            }
        }
        ArrayNode items = out.putArray("items");
        expected.get("items").forEach(item -> {
            ObjectNode copy = items.addObject();
            copy.set("title", item.get("title"));
            ArrayNode texts = copy.putArray("resolutions");
            JsonNode rs = item.get("resolutions");
            if (rs != null) {
                rs.forEach(r -> texts.add(r.isObject() ? r.get("text") : r));
            }
        });
        return out;
    }

    /** The body's name for the page header: the expected body or agency, else the first line. */
    private static String header(JsonNode expected, List<String> lines) {
        for (String field : List.of("body", "agency")) {
            if (expected.hasNonNull(field) && !expected.get(field).asString().isBlank()) {
                return expected.get(field).asString();
            }
        }
        return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }

    /** A paragraph (level -1 plain, 0..2 numbered with its number) or a table row. */
    record Block(String text, int level, int number, List<String> cells, boolean title) {
    }

    static List<Block> blocks(List<String> lines) {
        List<Block> out = new ArrayList<>();
        boolean titleSeen = false;
        for (String raw : lines) {
            String line = raw.strip().replaceFirst("^[-➤•]\\s+", "");
            if (line.isEmpty()) {
                continue;
            }
            Matcher attendance = ATTENDANCE.matcher(line);
            if (raw.contains("\t")) {
                out.add(new Block(null, -1, 0, List.of(raw.strip().split("\t", -1)), false));
            } else if (attendance.matches() && !attendance.group(2).isBlank()) {
                out.add(new Block(null, -1, 0, List.of(attendance.group(1).strip(), attendance.group(2).strip()), false));
            } else if (!titleSeen && line.length() < 60 && line.matches(".*會議(紀|記)錄.*")) {
                titleSeen = true;
                out.add(new Block(line, -1, 0, null, true));
            } else {
                out.add(numbered(line));
            }
        }
        return out;
    }

    private static final Pattern LEVEL0 = Pattern.compile("^([一二三四五六七八九十]{1,3})、\\s*(.+)$");
    private static final Pattern LEVEL1 = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[）)]\\s*(.+)$");
    private static final Pattern LEVEL2 = Pattern.compile("^(\\d{1,2})[.．、]\\s*([^\\d].*)$");

    private static Block numbered(String line) {
        List<Pattern> levels = List.of(LEVEL0, LEVEL1, LEVEL2);
        for (int level = 0; level < levels.size(); level++) {
            Matcher m = levels.get(level).matcher(line);
            if (m.matches()) {
                int n = level == 2 ? Integer.parseInt(m.group(1)) : chinese(m.group(1));
                if (n > 0) {
                    return new Block(m.group(2), level, n, null, false);
                }
            }
        }
        return new Block(line, -1, 0, null, false);
    }

    private static int chinese(String s) {
        String digits = "一二三四五六七八九";
        if (s.length() == 1) {
            return s.equals("十") ? 10 : digits.indexOf(s) + 1;
        }
        if (s.startsWith("十")) {
            return 10 + digits.indexOf(s.charAt(1)) + 1;
        }
        int tens = digits.indexOf(s.charAt(0)) + 1;
        int ones = s.length() == 3 ? digits.indexOf(s.charAt(2)) + 1 : 0;
        return s.charAt(1) == '十' ? tens * 10 + ones : 0;
    }

    private static void convert(Path docx, String format, Path outDir, Path work) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=file:///tmp/import4-lo", "--headless",
                "--convert-to", format, "--outdir", outDir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IOException("soffice failed for " + docx + ": " + Files.readString(work.resolve("soffice.log")));
        }
    }

    static BigInteger big(long n) {
        return BigInteger.valueOf(n);
    }
}
