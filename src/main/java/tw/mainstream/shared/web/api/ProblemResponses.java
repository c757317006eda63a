package tw.mainstream.shared.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * One error schema for every error: RFC 9457 problem details as {@code application/problem+json},
 * documented as 400, 401, 403, 404 and 409 on every operation (the server answers 401 and 403 of
 * the API in the same shape). Calls under {@code /api/v1/public} need no sign-in.
 */
class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM = "application/problem+json";
    private static final Map<String, String> ERRORS = errors();

    private static Map<String, String> errors() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("400", "BadRequest|The request is malformed or a value is invalid; nothing changed.");
        m.put("401", "Unauthorized|Not signed in, or wrong account name or password.");
        m.put("403", "Forbidden|The account may not do this (role or agency scope), or the CSRF token is missing.");
        m.put("404", "NotFound|No such record within the account's scope.");
        m.put("409", "Conflict|Someone else changed the record first (stale version) or the state does not allow it.");
        return m;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents();
        components.addSchemas("FieldProblem", new ObjectSchema().description("One invalid field of a request body.")
                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema()));
        components.addSchemas("Problem", new ObjectSchema()
                .description("An error as RFC 9457 problem details, in the caller's language.")
                .addProperty("type", new StringSchema().format("uri-reference"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("code", new StringSchema().description("Message key of a domain error"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))));
        ERRORS.forEach((status, text) -> {
            String[] nameAndText = text.split("\\|");
            components.addResponses(nameAndText[0], new ApiResponse().description(nameAndText[1])
                    .content(new Content().addMediaType(PROBLEM, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        });
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(op -> {
            ERRORS.forEach((status, text) -> {
                if (op.getResponses().get(status) == null) {
                    op.getResponses().addApiResponse(status,
                            new ApiResponse().$ref("#/components/responses/" + text.split("\\|")[0]));
                }
            });
            if (path.startsWith("/api/v1/public/")) {
                op.setSecurity(List.of());
            }
        }));
        openApi.getPaths().forEach((path, item) -> {
            Operation get = item.getGet();
            if (get != null && path.equals("/api/v1/meetings/{id}/minutes")) {
                get.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(OpenApiConfig.SESSION),
                        new SecurityRequirement().addList(OpenApiConfig.BASIC)));
            }
        });
    }
}
