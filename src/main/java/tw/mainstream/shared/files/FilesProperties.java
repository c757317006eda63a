package tw.mainstream.shared.files;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where uploaded files are kept ({@code mainstream.files.*}).
 *
 * @param store {@code folder} (default) or {@code database}; any other value stops start-up
 * @param dir   the folder of the {@code folder} store; unset: {@code files} in the data folder
 */
@Validated
@ConfigurationProperties("mainstream.files")
public record FilesProperties(@DefaultValue("folder") @NotNull Store store, Path dir) {

    /** The kinds of file store. */
    public enum Store {
        FOLDER,
        DATABASE
    }

    /** The folder of the folder store. */
    public Path dir(DataDirProperties data) {
        return dir != null ? dir : data.dataDir().resolve("files");
    }
}
