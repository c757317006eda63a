package tw.mainstream.tracking.domain;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.cache.CacheSpec;

/**
 * Read models of tracking (dashboard aggregates, follow-up tables and their rendered fragments,
 * cached per scope): emptied when a tracking, meeting or committee record changes on any node.
 */
@Configuration
public class TrackingCaches {

    public static final String VIEWS = "tracking";

    @Bean
    CacheSpec trackingViewsCache() {
        return new CacheSpec(VIEWS, 2_000, Duration.ofSeconds(15),
                List.of("tw.mainstream.tracking", "tw.mainstream.meeting", "tw.mainstream.committee"));
    }
}
