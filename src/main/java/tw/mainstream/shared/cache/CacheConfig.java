package tw.mainstream.shared.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring's cache abstraction on Caffeine, with one cache per {@link CacheSpec} bean. */
@Configuration
class CacheConfig {

    @Bean
    CacheManager cacheManager(List<CacheSpec> specs) {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        for (CacheSpec spec : specs) {
            manager.registerCustomCache(spec.name(), Caffeine.newBuilder()
                    .maximumSize(spec.maxEntries())
                    .expireAfterWrite(spec.ttl())
                    .recordStats()
                    .build());
        }
        return manager;
    }
}
