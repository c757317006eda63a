package tw.mainstream.shared.web.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;
import tw.mainstream.shared.web.Paging;

/**
 * Names every operation after its controller and method ({@code meetingList}, {@code trackedItemGet},
 * {@code accountResetPassword}) with a summary and a tag, unless the method names them with
 * {@code @Operation}; declares the media types of file downloads ({@link BinaryContent}).
 */
class OperationNames implements OperationCustomizer {

    private static final Pattern CONTROLLER_SUFFIX = Pattern.compile("(Api|Rest)?Controller$");
    private static final Pattern WORD = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String noun = noun(handler.getBeanType());
        String method = handler.getMethod().getName();
        var declared = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        if (declared == null || declared.operationId().isEmpty()) {
            operation.setOperationId(operationId(noun, method));
        }
        if (operation.getSummary() == null) {
            operation.setSummary(words(noun) + ": " + words(method.equalsIgnoreCase(noun) ? "get" : method)
                    .toLowerCase(Locale.ROOT));
        }
        if (declared == null || declared.tags().length == 0) {
            operation.setTags(List.of(words(noun)));
        }
        BinaryContent binary = handler.getMethodAnnotation(BinaryContent.class);
        if (binary != null) {
            ApiResponse declaredOk = operation.getResponses().get("200");
            boolean keep = handler.hasMethodAnnotation(io.swagger.v3.oas.annotations.responses.ApiResponse.class)
                    && declaredOk != null && declaredOk.getContent() != null;
            Content content = keep ? declaredOk.getContent() : new Content();
            for (String type : binary.value()) {
                content.addMediaType(type, new MediaType().schema(new BinarySchema()));
            }
            operation.getResponses().addApiResponse("200", new ApiResponse()
                    .description(keep ? declaredOk.getDescription() : "The file").content(content));
        }
        if (Arrays.asList(handler.getMethod().getParameterTypes()).contains(Paging.class)) {
            ApiResponse ok = operation.getResponses().get("200");
            ok.addHeaderObject(Paging.TOTAL, new Header().description("Number of matches")
                    .schema(new IntegerSchema()));
            ok.addHeaderObject("Link", new Header().description("first, prev, next and last pages (RFC 8288) "
                    + "when page or size was given").schema(new StringSchema()));
        }
        return operation;
    }

    /** {@code MeetingApiController} → {@code Meeting}. */
    static String noun(Class<?> controller) {
        return CONTROLLER_SUFFIX.matcher(controller.getSimpleName()).replaceFirst("");
    }

    /** {@code Meeting}, {@code list} → {@code meetingList}; a method named like its noun is a get. */
    static String operationId(String noun, String method) {
        String verb = method.equalsIgnoreCase(noun) ? "get" : method;
        return Character.toLowerCase(noun.charAt(0)) + noun.substring(1)
                + Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
    }

    /** {@code TrackedItem} → {@code Tracked item}. */
    static String words(String camel) {
        String[] parts = WORD.split(camel);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String p = i == 0 ? Character.toUpperCase(parts[i].charAt(0)) + parts[i].substring(1)
                    : parts[i].toLowerCase(Locale.ROOT);
            s.append(i == 0 ? "" : " ").append(p);
        }
        return s.toString();
    }
}
