package tw.mainstream.importing.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.security.AccountRole;
import tw.mainstream.shared.web.NavLink;

/** Menu entry of the importing module: the secretariat's import of past minutes. */
@Configuration
class ImportNav {
    @Bean
    NavLink importLink() {
        return new NavLink("importing.nav", "/imports", 25, u -> u.isAdmin() || u.is(AccountRole.SECRETARIAT));
    }
}
