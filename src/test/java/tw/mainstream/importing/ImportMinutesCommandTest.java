package tw.mainstream.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportMinutesCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ImportMinutesCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String[] outputLines() {
        return out.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void oneJsonObjectPerFile(@TempDir Path dir) throws Exception {
        Path broken = Files.write(dir.resolve("broken.pdf"), "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII));
        int code = run("import-minutes", "--json", ExampleMinutes.path("nia-111-1.txt").toString(), broken.toString());
        assertThat(code).isZero();
        String[] lines = outputLines();
        assertThat(lines).hasSize(2);
        JsonNode nia = JsonMapper.builder().build().readTree(lines[0]);
        assertThat(nia.get("title").asString()).isEqualTo("111 年性別平等工作小組第 1 次會議紀錄");
        assertThat(nia.get("date").asString()).isEqualTo("2022-07-25");
        assertThat(nia.get("startTime").asString()).isEqualTo("14:30");
        assertThat(nia.get("endTime").asString()).isEqualTo("15:40");
        assertThat(nia.get("attendance").get("present").isArray()).isTrue();
        assertThat(nia.get("attendance").get("proxies").isArray()).isTrue();
        assertThat(nia.get("items").get(0).get("kind").asString()).isEqualTo("FOLLOW_UP");
        assertThat(nia.get("items").get(0).get("resolutions").get(0).get("outcome").asString()).isEqualTo("CLOSED");
        assertThat(nia.get("items").get(0).get("resolutions").get(1).get("outcome").isNull()).isTrue();
        assertThat(nia.get("items").get(2).get("resolutions").get(0).get("leadUnit").asString()).isEqualTo("移民資訊組");
        JsonNode failed = JsonMapper.builder().build().readTree(lines[1]);
        assertThat(failed.get("file").asString()).isEqualTo(broken.toString());
        assertThat(failed.get("error").asString()).contains("PDF");
    }

    @Test
    void nonZeroOnlyWhenEveryFileFails(@TempDir Path dir) {
        assertThat(run("import-minutes", "--json", dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(outputLines()[0]).contains("\"error\":\"找不到檔案\"");
    }

    @Test
    void wrongUsage() {
        assertThat(run("import-minutes")).isEqualTo(2);
        assertThat(run("import-minutes", "--json")).isEqualTo(2);
        assertThat(run("import-minutes", "--xml", "a.txt")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("import-minutes --json FILE");
        assertThat(out.size()).isZero();
    }
}
