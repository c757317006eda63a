package tw.mainstream.shared.web.api;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tw.mainstream.shared.security.CurrentUser;

/**
 * The OpenAPI document at {@code /v3/api-docs}, shaped for client generators: the server-side
 * {@link CurrentUser} argument hidden, the two ways to sign in as security schemes, every error as
 * {@code application/problem+json}, operation names from controller and method.
 */
@Configuration
class OpenApiConfig {

    static final String SESSION = "session";
    static final String CSRF = "csrf";
    static final String BASIC = "basic";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class, Locale.class);
    }

    @Bean
    OpenAPI mainstreamOpenApi(ApiProperties api, ObjectProvider<ServerProperties> server) {
        // Spring Boot's own setting (server.servlet.session.cookie.name), else Spring Session's default name
        String sessionCookie = Optional.ofNullable(server.getIfAvailable())
                .map(s -> s.getServlet().getSession().getCookie().getName()).orElse("SESSION");
        return new OpenAPI()
                .info(new Info().title("Mainstream API").version(api.version())
                        .description("""
                                JSON API of Mainstream, the work platform of government gender equality task forces \
                                (性別平等專案小組): committees, meetings and minutes, tracked items, data calls, \
                                statistics. Every call sees what the signed-in account may read (role and \
                                agency/unit scope). Errors are RFC 9457 problem details. Collections answer a JSON \
                                array; paging (`page`, `size`) is reported in the `X-Total-Count` and `Link` headers.""")
                        .license(new License().name(api.licenseName()).url(api.licenseUrl()))
                        .contact(new Contact().name("Mainstream").email(api.contactEmail())))
                .components(new Components()
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name(sessionCookie)
                                .description("The session cookie of a signed-in browser (form sign-in at /login)."))
                        .addSecuritySchemes(CSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-CSRF-TOKEN")
                                .description("With the session cookie, changing calls carry the CSRF token of the "
                                        + "session (the pages' meta element `_csrf`)."))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Account name and password on every call; no CSRF token needed.")))
                .servers(List.of(new Server().url("/").description("This server")))
                .security(List.of(new SecurityRequirement().addList(SESSION).addList(CSRF),
                        new SecurityRequirement().addList(BASIC)));
    }

    @Bean
    OperationCustomizer operationNames() {
        return new OperationNames();
    }

    @Bean
    ModelConverter nestedSchemaNames() {
        return new NestedSchemaNames();
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return new ProblemResponses();
    }
}
