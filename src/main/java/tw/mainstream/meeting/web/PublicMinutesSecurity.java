package tw.mainstream.meeting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tw.mainstream.shared.web.api.ApiSecurityProblems;

/**
 * Lets anonymous callers reach {@code GET /api/v1/meetings/{id}/minutes}: the service then serves
 * the public version of published minutes only and answers 404 for everything else. Signed-in
 * callers (session or HTTP Basic) keep their scope.
 */
@Configuration
class PublicMinutesSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain publicMinutesChain(HttpSecurity http, ApiSecurityProblems problems) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/v1/meetings/{id}/minutes"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems));
        return http.build();
    }
}
