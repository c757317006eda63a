package tw.mainstream.shared.files;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Chooses the {@link FileStore}: {@code mainstream.files.store} = {@code folder} (default) or {@code database}. */
@Configuration
class FileStoreConfig {

    @Bean
    FileStore fileStore(@Value("${mainstream.files.store:folder}") String kind,
                        @Value("${mainstream.files.dir:${mainstream.data-dir:./data}/files}") Path dir,
                        JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return switch (kind) {
            case "folder" -> new FolderFileStore(dir);
            case "database" -> new DatabaseFileStore(jdbc, transactions);
            default -> throw new IllegalArgumentException("mainstream.files.store must be folder or database, not " + kind);
        };
    }
}
