package tw.mainstream.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tw.mainstream.account.domain.SignInAudit;
import tw.mainstream.shared.web.api.ApiSecurityProblems;
import tw.mainstream.account.domain.SignInThrottle;
import tw.mainstream.account.domain.TotpCodes;
import tw.mainstream.account.domain.UserAccountRepository;

/**
 * Pages sign in with a form (and with an OpenID provider when one is configured); the API answers 401
 * and 403 as problem details (ApiSecurityProblems) instead of redirecting and also takes HTTP Basic. Passwords are checked against local accounts,
 * then the LDAP directory when enabled; a throttled address is refused first. CSRF protects every
 * request except those that can only authenticate with HTTP Basic. Headers: a strict
 * Content-Security-Policy, Referrer-Policy and Permissions-Policy. Role and scope are checked in the
 * services; every request's session follows its account (SessionAccessFilter).
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
                && request.getRequestedSessionId() == null && !carriesSessionCookie(request);
    }

    /** Any session cookie, read from the request itself (Spring Session's or the container's). */
    private static boolean carriesSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if ("SESSION".equals(cookie.getName()) || "JSESSIONID".equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService details, PasswordEncoder encoder,
                                                UserAccountRepository accounts, TotpCodes totp,
                                                SignInThrottle throttle, ApplicationEventPublisher events,
                                                ObjectProvider<AuthenticationProvider> directory,
                                                ObjectProvider<ClientRegistrationRepository> oidcClients,
                                                OidcSignInService oidcUsers) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(new ThrottleCheckProvider(throttle));
        providers.add(new LocalPasswordProvider(details, encoder, accounts, totp));
        directory.orderedStream().forEach(providers::add);
        if (oidcClients.getIfAvailable() != null) {
            // this manager serves every sign-in, so the OpenID code exchange is one of its providers too
            providers.add(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), oidcUsers));
        }
        ProviderManager manager = new ProviderManager(providers);
        var publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setAdditionalExceptionMappings(java.util.Map.of(
                SignInThrottledException.class, AuthenticationFailureLockedEvent.class,
                NoRoleMappedException.class, AuthenticationFailureDisabledEvent.class,
                TotpRequiredException.class, AuthenticationFailureBadCredentialsEvent.class));
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureServiceExceptionEvent.class);
        manager.setAuthenticationEventPublisher(publisher);
        return manager;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager manager, LoginThrottle signIns,
                                            UserAccountRepository accounts, PrincipalRefresher refresher,
                                            SignInAudit audit, Clock clock,
                                            ObjectProvider<ClientRegistrationRepository> oidcClients,
                                            ApiSecurityProblems problems)
            throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        var success = new SignInSuccessHandler(signIns);
        var failure = new SignInFailureHandler();
        http.authenticationManager(manager)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/setup", "/error", "/public", "/public/**", "/css/**",
                                "/js/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/api/v1/public/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll().successHandler(success)
                        .failureHandler(failure).authenticationDetailsSource(SignInDetails::new))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::basicWithoutSession))
                .addFilterAfter(new SessionAccessFilter(accounts, refresher, audit, clock),
                        BasicAuthenticationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAccessDeniedHandlerFor(problems, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                request -> !api.matches(request)));
        ClientRegistrationRepository clients = oidcClients.getIfAvailable();
        if (clients != null) {
            var resolver = new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
            resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(oauth -> oauth.loginPage("/login").successHandler(success).failureHandler(failure)
                    .authorizationEndpoint(a -> a.authorizationRequestResolver(resolver)));
        }
        return http.build();
    }
}
