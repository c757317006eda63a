package tw.mainstream.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID provider for tests: Spring Authorization Server in its own application context on a
 * free port of 127.0.0.1 (the application under test runs on localhost, so their cookies stay apart).
 * The client "mainstream" must use PKCE; people sign in on the provider's own login page, and the
 * ID token carries {@code preferred_username} and a {@code groups} claim.
 */
public final class OidcProvider {
    public static final String CLIENT_ID = "mainstream";
    public static final String CLIENT_SECRET = "oidc-client-secret";
    /** The people of the provider: username → (password, groups). */
    static final Map<String, List<String>> GROUPS = Map.of(
            "huang.oidc", List.of("sso-gender-liaison-it", "sso-all-staff"),
            "ko.oidc", List.of("sso-all-staff"));
    static final String PASSWORD = "provider-pass";

    private static ConfigurableApplicationContext context;
    /** Where the application under test receives the code; set once it has a port. */
    private static volatile String redirectUri = "http://localhost/unset";

    private OidcProvider() {
    }

    public static synchronized String issuer() {
        if (context == null) {
            context = new SpringApplicationBuilder(Config.class)
                    .properties("server.port=0", "server.address=127.0.0.1", "spring.config.name=oidc-provider",
                            "spring.main.banner-mode=off", "spring.flyway.enabled=false",
                            "spring.modulith.runtime.verification-enabled=false",
                            "spring.datasource.url=jdbc:h2:mem:oidc-provider", "spring.jpa.open-in-view=false",
                            "management.health.mail.enabled=false")
                    .run();
        }
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://127.0.0.1:" + port;
    }

    public static void redirectTo(String uri) {
        redirectUri = uri;
    }

    /** Not a @Configuration, so that the application's component scan of tw.mainstream leaves it out. */
    @EnableAutoConfiguration
    static class Config {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            var server = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, as -> as.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain providerLogin(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        UserDetailsService providerUsers() {
            return new InMemoryUserDetailsManager(GROUPS.keySet().stream()
                    .map(u -> User.withUsername(u).password("{noop}" + PASSWORD).roles("USER").build()).toList());
        }

        @Bean
        RegisteredClientRepository clients() {
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    // the provider re-encodes the secret after first use; the client stays as built
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENT_ID.equals(id) ? client() : null;
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENT_ID.equals(clientId) ? client() : null;
                }
            };
        }

        private static RegisteredClient client() {
            return RegisteredClient.withId(CLIENT_ID).clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri(redirectUri).scope(OidcScopes.OPENID)
                    .clientSettings(ClientSettings.builder().requireProofKey(true)
                            .requireAuthorizationConsent(false).build())
                    .build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> groupsClaim() {
            return context -> {
                if ("id_token".equals(context.getTokenType().getValue())) {
                    String name = context.getPrincipal().getName();
                    context.getClaims().claim("preferred_username", name)
                            .claim("name", name + " (SSO)")
                            .claim("groups", GROUPS.getOrDefault(name, List.of()));
                }
            };
        }

        @Bean
        KeyPair signingKeys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }

        @Bean
        JwtDecoder jwtDecoder(KeyPair pair) {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) pair.getPublic()).build();
        }

        @Bean
        JWKSource<SecurityContext> keys(KeyPair pair) {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
