package tw.mainstream.shared.backup;

import java.nio.file.Path;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tw.mainstream.shared.files.DataDirProperties;
import tw.mainstream.shared.files.FilesProperties;

/**
 * The server's settings as the backup and restore commands need them (application.properties,
 * environment, {@code --name=value} arguments), read without starting the application.
 */
record BackupSettings(String url, String username, String password, FilesProperties.Store filesStore, Path filesDir,
                      Path indexDir) {

    /** An empty configuration: only the environment is wanted, no beans. */
    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    static BackupSettings from(String[] args) {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Environment env = ctx.getEnvironment();
            Binder binder = Binder.get(env);
            DataDirProperties data = binder.bindOrCreate("mainstream", DataDirProperties.class);
            FilesProperties files = binder.bindOrCreate("mainstream.files", FilesProperties.class);
            return new BackupSettings(env.getRequiredProperty("spring.datasource.url"),
                    env.getProperty("spring.datasource.username", ""), env.getProperty("spring.datasource.password", ""),
                    files.store(), files.dir(data),
                    Path.of(env.getProperty("mainstream.search.index-dir",
                            data.dataDir().resolve("search-index").toString())));
        }
    }

    boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    boolean filesInFolder() {
        return filesStore == FilesProperties.Store.FOLDER;
    }
}
