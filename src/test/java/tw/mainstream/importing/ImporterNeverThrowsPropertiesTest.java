package tw.mainstream.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import tw.mainstream.importing.parse.MinutesParser;

/** Whatever it is fed, the importer answers with a result, never an exception. */
class ImporterNeverThrowsPropertiesTest {
    private static final String[] EXAMPLES = {"nia-111-1.txt", "taipei-doit-105-2.txt"};
    private static final String MINUTES_CHARS = "壹貳參肆一二三（）()：:、，。 \t\n-➤報告事項決議決定主席裁示臨時動議散會時間地點出席列席"
            + "0123456789年月日下午上午時分星期會議紀錄請組室洽悉照案通過解除列管說明發言摘要委員代表"
            + "时间地点纪录决议讨论报告会议点半元九十百〇民國中華學期案由提第【】<br/>&nbsp;\u3000\uFEFF\u00A0|";

    /** Every minutes file of the corpus and the examples, as text. */
    private static final java.util.List<String> CORPUS = corpus();

    private static java.util.List<String> corpus() {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "test", "resources", "minutes"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return java.nio.file.Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 200)
    void randomText(@ForAll("minutesLikeText") String text) {
        // the parser itself, not only the importer's safety net, copes
        assertThat(MinutesParser.parse(text)).isNotNull();
        assertResult(MinutesImporter.importText("random.txt", text));
        assertResult(MinutesImporter.importBytes("random.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 200)
    void randomBytes(@ForAll @Size(max = 2000) byte[] bytes, @ForAll("filenames") String filename) {
        assertResult(MinutesImporter.importBytes(filename, bytes));
    }

    @Property(tries = 200)
    void truncatedExamples(@ForAll("examples") String name, @ForAll("fractions") double fraction,
                           @ForAll boolean fromTheEnd) {
        byte[] whole = ExampleMinutes.bytes(name);
        int cut = (int) (whole.length * fraction);
        byte[] part = new byte[fromTheEnd ? whole.length - cut : cut];
        System.arraycopy(whole, fromTheEnd ? cut : 0, part, 0, part.length);
        assertResult(MinutesImporter.importBytes(name, part));
        assertThat(MinutesParser.parse(new String(part, StandardCharsets.UTF_8))).isNotNull();
    }

    @Property(tries = 100)
    void shuffledLinesOfExamples(@ForAll("examples") String name, @ForAll long seed) {
        java.util.List<String> lines = new java.util.ArrayList<>(
                new String(ExampleMinutes.bytes(name), StandardCharsets.UTF_8).lines().toList());
        java.util.Collections.shuffle(lines, new java.util.Random(seed));
        assertThat(MinutesParser.parse(String.join("\n", lines))).isNotNull();
        assertResult(MinutesImporter.importText(name, String.join("\n", lines)));
    }

    @Property(tries = 200)
    void truncatedRealMinutes(@ForAll("corpusIndex") int index, @ForAll("fractions") double from,
                              @ForAll("fractions") double to) {
        String text = CORPUS.get(index);
        int a = (int) (text.length() * Math.min(from, to));
        int b = (int) (text.length() * Math.max(from, to));
        String part = text.substring(a, b);
        assertThat(MinutesParser.parse(part)).isNotNull();
        assertResult(MinutesImporter.importText("part.txt", part));
        // cut in the middle of a UTF-8 sequence
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertResult(MinutesImporter.importBytes("part.txt", java.util.Arrays.copyOfRange(bytes,
                (int) (bytes.length * Math.min(from, to)), (int) (bytes.length * Math.max(from, to)))));
    }

    @Property(tries = 100)
    void mixedEncodings(@ForAll("corpusIndex") int first, @ForAll("corpusIndex") int second,
                        @ForAll("fractions") double cut, @ForAll boolean big5First) {
        java.nio.charset.Charset big5 = java.nio.charset.Charset.forName("Big5");
        String a = CORPUS.get(first);
        String b = CORPUS.get(second);
        byte[] head = (big5First ? a.getBytes(big5) : a.getBytes(StandardCharsets.UTF_8));
        byte[] tail = (big5First ? b.getBytes(StandardCharsets.UTF_8) : b.getBytes(big5));
        int headLength = (int) (head.length * cut);
        byte[] mixed = new byte[headLength + tail.length];
        System.arraycopy(head, 0, mixed, 0, headLength);
        System.arraycopy(tail, 0, mixed, headLength, tail.length);
        assertResult(MinutesImporter.importBytes("mixed.txt", mixed));
    }

    @Property(tries = 100)
    void linesOfDifferentMinutesMixed(@ForAll("corpusIndex") int first, @ForAll("corpusIndex") int second,
                                      @ForAll long seed) {
        java.util.List<String> lines = new java.util.ArrayList<>(CORPUS.get(first).lines().toList());
        lines.addAll(CORPUS.get(second).lines().toList());
        java.util.Random random = new java.util.Random(seed);
        java.util.Collections.shuffle(lines, random);
        String text = String.join(random.nextBoolean() ? "\n" : " ", lines.subList(0, lines.size() / 2));
        assertThat(MinutesParser.parse(text)).isNotNull();
        assertResult(MinutesImporter.importText("mixed.txt", text));
    }

    private static void assertResult(ImportResult result) {
        assertThat(result).isNotNull();
        assertThat(result.isOk() ? result.minutes() : result.error()).isNotNull();
        if (!result.isOk()) {
            // a clear message in Traditional Chinese, not an exception's text
            assertThat(result.error()).isNotBlank().containsPattern("\\p{IsHan}");
        }
        if (result.isOk()) {
            assertThat(MinutesJson.toJson(result)).startsWith("{");
        }
    }

    @Provide
    Arbitrary<String> minutesLikeText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(400),
                Arbitraries.strings().withChars(MINUTES_CHARS.toCharArray()).ofMaxLength(600));
    }

    @Provide
    Arbitrary<Integer> corpusIndex() {
        return Arbitraries.integers().between(0, CORPUS.size() - 1);
    }

    @Provide
    Arbitrary<String> filenames() {
        return Arbitraries.of("a.txt", "a.pdf", "a.docx", "a.odt", "a.doc", "noext", "");
    }

    @Provide
    Arbitrary<String> examples() {
        return Arbitraries.of(EXAMPLES);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1);
    }
}
