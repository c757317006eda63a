package tw.mainstream.publicsite.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.publicsite.PublicMinutesProvider;

/** Until the meeting module provides published minutes, the list is empty (never a placeholder). */
@Configuration
class PublicSiteConfig {
    @Bean
    PublicMinutesProvider noPublishedMinutes() {
        return agencyId -> List.of();
    }
}
