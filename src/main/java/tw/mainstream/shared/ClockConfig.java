package tw.mainstream.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Taiwan time; tests may replace it. */
@Configuration
public class ClockConfig {
    public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

    @Bean
    public Clock clock() {
        return Clock.system(TAIPEI);
    }
}
