package tw.mainstream.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Settings of an {@code @ApplicationModuleTest}: the JVM's test database ({@link TestDatabase}, H2 or
 * scratch PostgreSQL, migrated by Flyway as for the whole application), a data folder of its own and
 * no demo data (the demo loaders need every module). Tests create the records they need.
 */
public final class ModuleTestDatabase {

    private ModuleTestDatabase() {
    }

    public static void register(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", () -> "");
        registry.add("mainstream.demo.enabled", () -> "false");
        registry.add("mainstream.tracking.reminders.enabled", () -> "false");
        Path dataDir = Files.createTempDirectory("mainstream-module-test");
        registry.add("mainstream.data-dir", dataDir::toString);
    }
}
