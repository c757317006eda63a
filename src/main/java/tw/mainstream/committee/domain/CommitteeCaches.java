package tw.mainstream.committee.domain;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.cache.CacheSpec;

/** Units and task forces as other modules read them on nearly every page. */
@Configuration
public class CommitteeCaches {

    public static final String STRUCTURE = "committee-structure";

    @Bean
    CacheSpec committeeStructureCache() {
        return new CacheSpec(STRUCTURE, 5_000, Duration.ofSeconds(60), List.of("tw.mainstream.committee"));
    }
}
