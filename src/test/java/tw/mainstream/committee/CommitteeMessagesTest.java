package tw.mainstream.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The committee's and account's zh-TW and English bundles have the same keys, and every key a template names exists. */
class CommitteeMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(CommitteeMessagesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        assertThat(load("committee_en.properties").keySet()).isEqualTo(load("committee.properties").keySet());
        assertThat(load("account_en.properties").keySet()).isEqualTo(load("account.properties").keySet());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"committee", "account"})
    void everyLiteralKeyInTheTemplatesExists(String module) throws IOException {
        Properties zh = load(module + ".properties");
        Pattern key = Pattern.compile("#\\{(" + module + "\\.[A-Za-z0-9_.]+[A-Za-z0-9])[}(]");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates/" + module))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    if (!zh.containsKey(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
