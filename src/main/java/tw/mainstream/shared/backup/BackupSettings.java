package tw.mainstream.shared.backup;

import java.nio.file.Path;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The server's settings as the backup and restore commands need them (application.properties,
 * environment, {@code --name=value} arguments), read without starting the application.
 */
record BackupSettings(String url, String username, String password, String filesStore, Path filesDir, Path indexDir) {

    /** An empty configuration: only the environment is wanted, no beans. */
    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    static BackupSettings from(String[] args) {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Empty.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Environment env = ctx.getEnvironment();
            String dataDir = env.getProperty("mainstream.data-dir", "./data");
            return new BackupSettings(env.getRequiredProperty("spring.datasource.url"),
                    env.getProperty("spring.datasource.username", ""), env.getProperty("spring.datasource.password", ""),
                    env.getProperty("mainstream.files.store", "folder"),
                    Path.of(env.getProperty("mainstream.files.dir", dataDir + "/files")),
                    Path.of(env.getProperty("mainstream.search.index-dir", dataDir + "/search-index")));
        }
    }

    boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    boolean filesInFolder() {
        return "folder".equals(filesStore);
    }
}
