package tw.mainstream.search.engine;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import tw.mainstream.shared.files.DataDirProperties;

/**
 * The search index ({@code mainstream.search.*}).
 *
 * @param indexDir       the index folder; unset: {@code search-index} in the data folder
 * @param rebuildAtStart rebuild the index at start-up when it is missing or of an older schema
 */
@ConfigurationProperties("mainstream.search")
record SearchProperties(Path indexDir, @DefaultValue("true") boolean rebuildAtStart) {

    /** The index folder. */
    Path indexDir(DataDirProperties data) {
        return indexDir != null ? indexDir : data.dataDir().resolve("search-index");
    }
}
