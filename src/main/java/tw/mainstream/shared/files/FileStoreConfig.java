package tw.mainstream.shared.files;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Chooses the {@link FileStore}: {@code mainstream.files.store} = {@code folder} (default) or {@code database}. */
@Configuration
class FileStoreConfig {

    @Bean
    FileStore fileStore(FilesProperties files, DataDirProperties data, JdbcTemplate jdbc,
                        PlatformTransactionManager transactions) {
        return switch (files.store()) {
            case FOLDER -> new FolderFileStore(files.dir(data));
            case DATABASE -> new DatabaseFileStore(jdbc, transactions);
        };
    }
}
