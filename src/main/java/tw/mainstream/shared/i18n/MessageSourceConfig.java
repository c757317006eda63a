package tw.mainstream.shared.i18n;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * zh-TW is the default bundle ({@code x.properties}); English is {@code x_en.properties}.
 * Each module keeps its own bundle under {@code i18n/}, found here by scanning.
 */
@Configuration
public class MessageSourceConfig {

    public static final Locale DEFAULT_LOCALE = Locale.TRADITIONAL_CHINESE;

    @Bean
    public MessageSource messageSource() throws IOException {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames().toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ROOT);
        return source;
    }

    /** {@code messages} plus every {@code i18n/<module>.properties} on the class path. */
    public static List<String> basenames() throws IOException {
        List<String> names = new ArrayList<>(List.of("classpath:messages"));
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        for (Resource r : found) {
            String file = r.getFilename();
            if (file != null && !file.contains("_")) {
                names.add("classpath:i18n/" + file.substring(0, file.length() - ".properties".length()));
            }
        }
        return names;
    }
}
