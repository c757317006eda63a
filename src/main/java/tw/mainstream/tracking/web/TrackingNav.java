package tw.mainstream.tracking.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.web.NavLink;

/** Menu entries of the tracking module. */
@Configuration
class TrackingNav {
    @Bean
    NavLink trackingLink() {
        return new NavLink("tracking.nav.items", "/tracking", 40, u -> !u.isAnonymous());
    }

    @Bean
    NavLink followUpLink() {
        return new NavLink("tracking.nav.followUp", "/tracking/follow-up", 41,
                u -> !u.isAnonymous() && !u.is(AccountRole.LIAISON));
    }

    @Bean
    NavLink dataCallLink() {
        return new NavLink("tracking.nav.dataCalls", "/data-calls", 42, u -> !u.isAnonymous());
    }
}
