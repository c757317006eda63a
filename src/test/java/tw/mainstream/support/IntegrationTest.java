package tw.mainstream.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of every test that touches SQL: the whole application with the demo data, on H2 or on a
 * scratch PostgreSQL database (tag "db" runs them again there). One context is shared by all
 * subclasses, so tests create their own records and never rely on counts others may change.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("db")
public abstract class IntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::username);
        registry.add("spring.datasource.password", () -> "");
        registry.add("mainstream.demo.enabled", () -> "true");
        Path dataDir = Files.createTempDirectory("mainstream-test");
        registry.add("mainstream.data-dir", dataDir::toString);
    }
}
