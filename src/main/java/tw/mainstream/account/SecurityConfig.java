package tw.mainstream.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tw.mainstream.shared.web.api.ApiSecurityProblems;

/**
 * Pages sign in with a form; the API answers 401 and 403 as problem details instead of redirecting
 * and also takes HTTP Basic.
 * CSRF protects every request except those that can only authenticate with HTTP Basic. Headers:
 * a strict Content-Security-Policy, Referrer-Policy and Permissions-Policy. Role and scope are
 * checked in the services.
 */
@Configuration
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Scripts only from our own files (no inline script or handler); pages never framed. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    /**
     * A request that can only authenticate with HTTP Basic: Basic credentials and no session
     * cookie. It either signs in with them or gets 401, so it needs no CSRF token; any other
     * Authorization header, or Basic next to a session, still needs the token.
     */
    static boolean basicWithoutSession(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && request.getRequestedSessionId() == null;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiSecurityProblems problems) throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/setup", "/error", "/public", "/public/**", "/css/**",
                                "/js/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/api/v1/public/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::basicWithoutSession))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAccessDeniedHandlerFor(problems, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> !api.matches(request)));
        return http.build();
    }
}
