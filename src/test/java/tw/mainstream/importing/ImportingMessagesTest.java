package tw.mainstream.importing;

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

/** The importing bundles have the same keys in zh-TW and English, and every key the pages and code name exists. */
class ImportingMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(ImportingMessagesTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void bundlesHaveTheSameKeys() throws IOException {
        assertThat(load("importing_en.properties").keySet()).isEqualTo(load("importing.properties").keySet());
    }

    @Test
    void everyLiteralKeyExists() throws IOException {
        Properties zh = load("importing.properties");
        Pattern key = Pattern.compile("\"(importing\\.[A-Za-z0-9_.]+[A-Za-z0-9])\"|#\\{(importing\\.[A-Za-z0-9_.]+[A-Za-z0-9])[}(]");
        Set<String> missing = new HashSet<>();
        for (String dir : new String[] {"src/main/resources/templates/importing", "src/main/java/tw/mainstream/importing"}) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".java")).toList()) {
                    Matcher m = key.matcher(Files.readString(f));
                    while (m.find()) {
                        String k = m.group(1) != null ? m.group(1) : m.group(2);
                        if (!zh.containsKey(k)) {
                            missing.add(f.getFileName() + ": " + k);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
