package tw.mainstream.committee.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.web.NavLink;

/** The committee's entries in the main menu. */
@Configuration
class CommitteeNavigation {
    @Bean
    NavLink taskForcesLink() {
        return new NavLink("committee.nav.taskForces", "/task-forces", 10, u -> !u.isAnonymous());
    }

    @Bean
    NavLink agenciesLink() {
        return new NavLink("committee.nav.agencies", "/agencies", 15,
                u -> u.isAdmin() || u.is(AccountRole.SECRETARIAT) || u.is(AccountRole.OVERSIGHT));
    }

    @Bean
    NavLink registerLink() {
        return new NavLink("committee.nav.register", "/committees", 20,
                u -> u.isAdmin() || u.is(AccountRole.SECRETARIAT) || u.is(AccountRole.OVERSIGHT));
    }
}
