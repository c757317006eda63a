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
            + "0123456789年月日下午上午時分星期會議紀錄請組室洽悉照案通過解除列管說明發言摘要委員代表";

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

    private static void assertResult(ImportResult result) {
        assertThat(result).isNotNull();
        assertThat(result.isOk() ? result.minutes() : result.error()).isNotNull();
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
