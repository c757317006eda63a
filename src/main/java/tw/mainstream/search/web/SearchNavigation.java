package tw.mainstream.search.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.web.NavLink;

@Configuration
class SearchNavigation {
    @Bean
    NavLink searchLink() {
        return new NavLink("search.nav", "/search", 90, user -> !user.isAnonymous());
    }

    @Bean
    NavLink searchIndexLink() {
        return new NavLink("search.index.nav", "/admin/search-index", 95, user -> user.isAdmin());
    }
}
