package tw.mainstream.shared.files;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The data folder ({@code mainstream.data-dir}): the embedded database, uploaded files, the search
 * index and former microdata descriptors live under it unless their own settings say otherwise.
 */
@ConfigurationProperties("mainstream")
public record DataDirProperties(@DefaultValue("./data") Path dataDir) {
}
