package tw.mainstream.statistics.microdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zh-TW default message of an exception is the one in the bundle, and English exists too. */
class MicrodataMessagesTest {

    @TempDir
    Path dir;

    @Test
    void exceptionMessagesMatchTheBundles() {
        ResourceBundle zh = ResourceBundle.getBundle("i18n/microdata", Locale.ROOT);
        ResourceBundle en = ResourceBundle.getBundle("i18n/microdata", Locale.ENGLISH);
        try (MicrodataEngine engine = new MicrodataEngine(1, "128MB")) {
            MicrodataRegistry registry = new MicrodataRegistry(dir, engine);
            MicrodataDataset missing = MicrodataFixtures.parquetDataset("x", dir.resolve("none.parquet").toString());
            MicrodataException e = catchThrowableOfType(MicrodataException.class, () -> registry.register(missing));

            String pattern = zh.getString(e.getMessageKey());
            assertThat(new java.text.MessageFormat(pattern, Locale.TAIWAN).format(e.getArguments()))
                    .isEqualTo(e.getMessage());
            assertThat(en.getString(e.getMessageKey())).startsWith("Data file \"{0}\" was not found");

            MicrodataPivotService service = new MicrodataPivotService(registry, engine);
            MicrodataException notFound = catchThrowableOfType(MicrodataException.class,
                    () -> service.pivot("x", PivotRequest.of(List.of(), null)));
            assertThat(zh.getString(notFound.getMessageKey())).isEqualTo("找不到資料集「{0}」。");
            assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(zh.keySet());
        }
    }
}
